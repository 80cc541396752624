//! Small shared helpers: atomic writes, file locks, human-readable sizes and times.
pub mod atomic;
pub mod duration;
pub mod gzip;
pub mod human;
pub mod lock;
pub mod readahead;
pub mod writebehind;
pub mod parallel;
