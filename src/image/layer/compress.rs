//! Layer compression: recognising gzip, zstd or plain tar by the magic
//! bytes and decompressing as a stream.

use std::io::{self, Read};

/// How a layer blob is compressed, as found by its magic bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

impl Compression {
    /// Recognises gzip (`1f 8b`) and zstd (`28 b5 2f fd`) by their magic.
    pub fn detect(head: &[u8]) -> Compression {
        if head.starts_with(&[0x1f, 0x8b]) {
            Compression::Gzip
        } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            Compression::Zstd
        } else {
            Compression::None
        }
    }

    /// Lower-case name, as used in media types (`tar+gzip`).
    pub fn as_str(self) -> &'static str {
        match self {
            Compression::None => "none",
            Compression::Gzip => "gzip",
            Compression::Zstd => "zstd",
        }
    }
}

/// The sniffed compression of a stream, and a reader that replays the
/// sniffed bytes before the rest.
pub type Sniffed<R> = (Compression, io::Chain<io::Take<io::Cursor<[u8; 4]>>, R>);

/// Reads the first bytes of `r` to tell its compression, losing nothing.
pub fn sniff<R: Read>(mut r: R) -> io::Result<Sniffed<R>> {
    let mut magic = [0u8; 4];
    let mut n = 0;
    while n < magic.len() {
        match r.read(&mut magic[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok((Compression::detect(&magic[..n]), io::Cursor::new(magic).take(n as u64).chain(r)))
}

/// Sniffs the compression of `r` and returns a reader of the uncompressed
/// stream. The sniffed bytes are fed back, so nothing is lost; unknown data
/// passes through unchanged (plain tar, as `docker save` layers are).
pub fn decompress<'a, R: Read + 'a>(r: R) -> io::Result<(Compression, Box<dyn Read + 'a>)> {
    let (kind, joined) = sniff(r)?;
    let out: Box<dyn Read + 'a> = match kind {
        Compression::None => Box::new(joined),
        // Multi-member: Go's gzip reader (and so docker) accepts concatenated members.
        Compression::Gzip => Box::new(flate2::read::MultiGzDecoder::new(joined)),
        Compression::Zstd => Box::new(zstd::stream::read::Decoder::new(joined)?),
    };
    Ok((kind, out))
}
