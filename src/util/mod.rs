//! Small shared helpers: atomic writes, file locks, human-readable sizes and
//! times, Go durations and docker's timestamps (one of each).
pub mod atomic;
pub mod credentials;
pub mod fsat;
pub mod duration;
pub mod glob;
pub mod gzip;
pub mod human;
pub mod lock;
pub mod readahead;
pub mod signal;
pub mod timestamp;
pub mod writebehind;
pub mod parallel;
pub mod quote;
pub mod tartree;
pub mod wait;
