//! Small shared helpers: atomic writes, file locks, human-readable sizes and
//! times, Go durations and docker's timestamps (one of each).
pub mod atomic;
pub mod fsat;
pub mod duration;
pub mod gzip;
pub mod human;
pub mod lock;
pub mod readahead;
pub mod signal;
pub mod timestamp;
pub mod writebehind;
pub mod parallel;
