//! A file writer that starts the disk writes as it goes.
//!
//! Archives are written under a temporary name, fsynced, then renamed, so a
//! crash never leaves a half-written file under the real name. A single
//! fsync at the end of a few hundred megabytes waits for all of it at once;
//! asking the kernel to start writing each finished stretch
//! (`sync_file_range(SYNC_FILE_RANGE_WRITE)`) overlaps that I/O with the
//! work of producing the rest, and the final fsync has little left to do.

use std::fs::File;
use std::io::{self, Write};
use std::os::fd::AsRawFd;

/// How much is written before its write-out is started.
const STRETCH: u64 = 8 << 20;

pub struct WriteBehind {
    file: File,
    written: u64,
    flushed_to: u64,
}

impl WriteBehind {
    pub fn new(file: File) -> WriteBehind {
        WriteBehind { file, written: 0, flushed_to: 0 }
    }

    /// The file, for the final `sync_all` and rename.
    pub fn into_inner(self) -> File {
        self.file
    }
}

impl Write for WriteBehind {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.file.write(buf)?;
        self.written += n as u64;
        if self.written - self.flushed_to >= STRETCH {
            // SAFETY: plain syscall on our own descriptor; a failure only
            // means the final fsync does the work.
            unsafe {
                libc::sync_file_range(
                    self.file.as_raw_fd(),
                    self.flushed_to as libc::off64_t,
                    (self.written - self.flushed_to) as libc::off64_t,
                    libc::SYNC_FILE_RANGE_WRITE,
                );
            }
            self.flushed_to = self.written;
        }
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_everything() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        let mut w = WriteBehind::new(File::create(&path).unwrap());
        let chunk = vec![7u8; 1 << 20];
        for _ in 0..20 {
            w.write_all(&chunk).unwrap();
        }
        w.into_inner().sync_all().unwrap();
        assert_eq!(std::fs::metadata(&path).unwrap().len(), 20 << 20);
    }
}
