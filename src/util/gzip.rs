//! A gzip writer that stops trying to compress data that does not compress.
//!
//! Layers often hold already-compressed files (archives, images, jars).
//! zlib-rs's fastest level costs twice miniz's there and even grows the
//! data by ~5 %, while it is the faster of the two on everything else. So
//! the stream is deflated at level 1, and whenever a stretch of input comes
//! out at more than [`STORE_ABOVE`] of its size, the following input goes
//! into stored deflate blocks (a copy), with level 1 probed again now and
//! then. Before the stored blocks deflate does a full flush: its output is
//! byte-aligned and it forgets its history, so what it compresses later
//! never refers back across the copied bytes. The result is one ordinary
//! gzip member, readable by any decoder. (zlib-rs's `set_level` cannot
//! change the level mid-stream, hence the blocks written here.)

use flate2::{Compress, Compression, Crc, FlushCompress, Status};
use std::io::{self, Write};

/// Input bytes between two compressibility checks.
const WINDOW: u64 = 1 << 20;
/// Output/input ratio above which a window counts as incompressible.
const STORE_ABOVE: f64 = 0.97;
/// Stored windows before level 1 is tried again regardless.
const PROBE_EVERY: u32 = 16;
/// Bits per byte (order-0 entropy) below which a stored window is taken to
/// be compressible again: noise and compressed data are at ~8.0, text and
/// code well below 7.
const COMPRESSIBLE_BELOW: f64 = 7.5;
/// The largest stored block (its length field is 16 bits).
const STORED_MAX: usize = 65535;

pub struct GzipWriter<W: Write> {
    inner: W,
    deflate: Compress,
    crc: Crc,
    out: Vec<u8>,
    /// Input copied into stored blocks, and what they took.
    stored_in: u64,
    stored_out: u64,
    /// Totals (in, out) at the start of the current window.
    window: (u64, u64),
    storing: bool,
    stored_windows: u32,
    /// Byte counts of the current stored window.
    histogram: Box<[u64; 256]>,
}

impl<W: Write> GzipWriter<W> {
    pub fn new(mut inner: W) -> io::Result<GzipWriter<W>> {
        // Magic, deflate, no flags, no mtime, "fastest" hint, unknown OS.
        inner.write_all(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 4, 255])?;
        Ok(GzipWriter {
            inner,
            deflate: Compress::new(Compression::fast(), false),
            crc: Crc::new(),
            out: Vec::with_capacity(256 * 1024),
            stored_in: 0,
            stored_out: 0,
            window: (0, 0),
            storing: false,
            stored_windows: 0,
            histogram: Box::new([0; 256]),
        })
    }

    fn totals(&self) -> (u64, u64) {
        (
            self.deflate.total_in() + self.stored_in,
            self.deflate.total_out() + self.stored_out,
        )
    }

    /// Runs deflate over `input` with `flush`, writing what it produces.
    /// Returns how much of `input` was taken.
    fn deflate(&mut self, input: &[u8], flush: FlushCompress) -> io::Result<(usize, Status)> {
        self.out.clear();
        let before = self.deflate.total_in();
        let status = self
            .deflate
            .compress_vec(input, &mut self.out, flush)
            .map_err(io::Error::other)?;
        self.inner.write_all(&self.out)?;
        Ok(((self.deflate.total_in() - before) as usize, status))
    }

    /// Runs a flush until deflate has nothing left to write.
    fn drain(&mut self, flush: FlushCompress) -> io::Result<()> {
        loop {
            self.deflate(&[], flush)?;
            if self.out.len() < self.out.capacity() {
                return Ok(());
            }
        }
    }

    /// Copies `data` as non-final stored blocks (byte-aligned: the header
    /// byte's 3 bits are 0, then LEN and its complement).
    fn store(&mut self, data: &[u8]) -> io::Result<()> {
        for block in data.chunks(STORED_MAX) {
            let len = block.len() as u16;
            let mut head = [0u8; 5];
            head[1..3].copy_from_slice(&len.to_le_bytes());
            head[3..5].copy_from_slice(&(!len).to_le_bytes());
            self.inner.write_all(&head)?;
            self.inner.write_all(block)?;
            for b in block {
                self.histogram[*b as usize] += 1;
            }
            self.stored_in += block.len() as u64;
            self.stored_out += 5 + block.len() as u64;
        }
        Ok(())
    }

    /// At a window's end: start storing if it did not compress, or go back
    /// to level 1 for a probe.
    fn adapt(&mut self) -> io::Result<()> {
        let (total_in, total_out) = self.totals();
        let taken = total_in - self.window.0;
        if taken < WINDOW {
            return Ok(());
        }
        let made = total_out - self.window.1;
        if self.storing {
            self.stored_windows += 1;
            if self.stored_windows >= PROBE_EVERY || entropy(&self.histogram) < COMPRESSIBLE_BELOW {
                self.storing = false;
            }
            *self.histogram = [0; 256];
        } else if made as f64 > taken as f64 * STORE_ABOVE {
            self.drain(FlushCompress::Full)?;
            self.storing = true;
            self.stored_windows = 0;
        }
        self.window = self.totals();
        Ok(())
    }

    /// Ends the stream (trailer: CRC-32 and size) and returns the writer.
    pub fn finish(mut self) -> io::Result<W> {
        loop {
            let (_, status) = self.deflate(&[], FlushCompress::Finish)?;
            if status == Status::StreamEnd {
                break;
            }
        }
        self.inner.write_all(&self.crc.sum().to_le_bytes())?;
        self.inner.write_all(&self.crc.amount().to_le_bytes())?;
        Ok(self.inner)
    }
}

/// Order-0 entropy of a byte histogram, in bits per byte.
fn entropy(histogram: &[u64; 256]) -> f64 {
    let total: u64 = histogram.iter().sum();
    if total == 0 {
        return 0.0;
    }
    histogram
        .iter()
        .filter(|&&n| n > 0)
        .map(|&n| {
            let p = n as f64 / total as f64;
            -p * p.log2()
        })
        .sum()
}

impl<W: Write> Write for GzipWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        // At most up to the window's end, so each window is judged alone.
        let room = WINDOW - (self.totals().0 - self.window.0).min(WINDOW - 1);
        let chunk = &buf[..buf.len().min(room as usize)];
        let taken = if self.storing {
            self.store(chunk)?;
            chunk.len()
        } else {
            self.deflate(chunk, FlushCompress::None)?.0
        };
        self.crc.update(&chunk[..taken]);
        self.adapt()?;
        Ok(taken)
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.storing {
            self.drain(FlushCompress::Sync)?;
        }
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn gunzip(data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(data)
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    fn gzip(data: &[u8], piece: usize) -> Vec<u8> {
        let mut w = GzipWriter::new(Vec::new()).unwrap();
        for c in data.chunks(piece) {
            w.write_all(c).unwrap();
        }
        w.finish().unwrap()
    }

    /// xorshift: deterministic bytes that do not compress.
    fn noise(n: usize, mut x: u64) -> Vec<u8> {
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect()
    }

    #[test]
    fn text_compresses_and_round_trips() {
        let text: Vec<u8> = (0..300_000u32)
            .flat_map(|i| format!("line {i} of a layer\n").into_bytes())
            .collect();
        let z = gzip(&text, 7919);
        assert!(z.len() < text.len() / 4, "{} of {}", z.len(), text.len());
        assert_eq!(gunzip(&z), text);
    }

    #[test]
    fn noise_is_stored_not_grown_and_text_after_it_compresses_again() {
        let mut data = noise(20 << 20, 0x9e37_79b9_7f4a_7c15);
        let text: Vec<u8> = (0..2_000_000u32)
            .flat_map(|i| format!("row {}\n", i % 1000).into_bytes())
            .collect();
        data.extend_from_slice(&text);
        let z = gzip(&data, 65536);
        assert_eq!(gunzip(&z), data);
        // Stored blocks cost 5 bytes per 64 KiB; level 1 on noise grew it ~5 %.
        let noise_part = 20u64 << 20;
        assert!(
            (z.len() as u64) < noise_part + noise_part / 100 + text.len() as u64 / 4,
            "{} bytes for {} noise + {} text",
            z.len(),
            noise_part,
            text.len()
        );
    }

    #[test]
    fn empty_input_is_a_valid_stream() {
        let z = gzip(&[], 1);
        assert!(gunzip(&z).is_empty());
    }
}
