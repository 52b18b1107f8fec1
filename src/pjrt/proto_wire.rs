//! The protobuf wire format, by hand (no protoc, no schema): a field iterator for reading XLA's
//! messages (the optimized HLO module) and the few writers the compile options need.

use crate::types::{Error, Result};

const VARINT: u64 = 0;
pub(super) const FIXED64: u64 = 1;
const LEN: u64 = 2;

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

pub(super) fn put_tag(out: &mut Vec<u8>, field: u64, wire: u64) {
    put_varint(out, (field << 3) | wire);
}

/// A signed varint field (int64, int32): the two's-complement u64, 10 bytes when negative.
pub(super) fn put_int(out: &mut Vec<u8>, field: u64, v: i64) {
    put_uint(out, field, v as u64);
}

pub(super) fn put_bytes(out: &mut Vec<u8>, field: u64, bytes: &[u8]) {
    put_tag(out, field, LEN);
    put_varint(out, bytes.len() as u64);
    out.extend_from_slice(bytes);
}

/// An unsigned varint field (uint64, bool).
pub(super) fn put_uint(out: &mut Vec<u8>, field: u64, v: u64) {
    put_tag(out, field, VARINT);
    put_varint(out, v);
}

/// The first length-delimited field `number` of a message, if it parses as one.
pub(super) fn field_bytes(bytes: &[u8], number: u64) -> Result<Option<&[u8]>> {
    for f in Fields::new(bytes) {
        match f {
            Ok((n, Wire::Len(b))) if n == number => return Ok(Some(b)),
            Ok(_) => {}
            Err(_) => return Ok(None),
        }
    }
    Ok(None)
}

pub(super) enum Wire<'a> {
    Varint(u64),
    Len(&'a [u8]),
    Fixed,
}

/// A protobuf wire-format field iterator (no schema).
pub(super) struct Fields<'a> {
    buf: &'a [u8],
    pos: usize,
    failed: bool,
}

impl<'a> Fields<'a> {
    pub(super) fn new(buf: &'a [u8]) -> Self {
        Fields {
            buf,
            pos: 0,
            failed: false,
        }
    }

    fn field(&mut self) -> Result<(u64, Wire<'a>)> {
        let tag = varint(self.buf, &mut self.pos)?;
        let wire = match tag & 7 {
            0 => Wire::Varint(varint(self.buf, &mut self.pos)?),
            1 => {
                self.skip(8)?;
                Wire::Fixed
            }
            2 => {
                let len =
                    usize::try_from(varint(self.buf, &mut self.pos)?).map_err(|_| malformed())?;
                let start = self.pos;
                self.skip(len)?;
                Wire::Len(&self.buf[start..self.pos])
            }
            5 => {
                self.skip(4)?;
                Wire::Fixed
            }
            _ => return Err(malformed()),
        };
        Ok((tag >> 3, wire))
    }

    fn skip(&mut self, n: usize) -> Result<()> {
        match self.pos.checked_add(n) {
            Some(end) if end <= self.buf.len() => {
                self.pos = end;
                Ok(())
            }
            _ => Err(malformed()),
        }
    }
}

impl<'a> Iterator for Fields<'a> {
    type Item = Result<(u64, Wire<'a>)>;
    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.buf.len() {
            return None;
        }
        let r = self.field();
        self.failed = r.is_err();
        Some(r)
    }
}

pub(super) fn malformed() -> Error {
    Error::Config("malformed protobuf in the optimized HLO module".into())
}

pub(super) fn varint(buf: &[u8], pos: &mut usize) -> Result<u64> {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let b = *buf.get(*pos).ok_or_else(malformed)?;
        *pos += 1;
        v |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Ok(v);
        }
    }
    Err(malformed())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints() {
        let mut v = Vec::new();
        put_varint(&mut v, 300);
        assert_eq!(v, [0xac, 0x02]);
        let mut v = Vec::new();
        put_int(&mut v, 1, -1);
        assert_eq!(
            v,
            [0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]
        );
    }

    #[test]
    fn reads_what_it_writes() {
        let mut inner = Vec::new();
        put_uint(&mut inner, 1, 7);
        let mut msg = Vec::new();
        put_int(&mut msg, 1, -1);
        put_bytes(&mut msg, 2, &inner);
        put_tag(&mut msg, 3, FIXED64);
        msg.extend_from_slice(&1.5f64.to_le_bytes());
        put_uint(&mut msg, 4, 300);
        let fields: Vec<_> = Fields::new(&msg).collect::<Result<_>>().unwrap();
        assert_eq!(fields.len(), 4);
        assert!(matches!(fields[0], (1, Wire::Varint(v)) if v == u64::MAX));
        assert!(matches!(fields[1], (2, Wire::Len(b)) if b == inner.as_slice()));
        assert!(matches!(fields[2], (3, Wire::Fixed)));
        assert!(matches!(fields[3], (4, Wire::Varint(300))));
        assert_eq!(field_bytes(&msg, 2).unwrap(), Some(inner.as_slice()));
        assert_eq!(field_bytes(&msg, 9).unwrap(), None);
        // A truncated message ends the iteration with an error, once.
        let cut = &msg[..msg.len() - 1];
        let results: Vec<_> = Fields::new(cut).collect();
        assert!(results.last().unwrap().is_err());
        assert_eq!(results.iter().filter(|r| r.is_err()).count(), 1);
    }
}
