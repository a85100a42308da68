//! Tests of storage as a whole: the stored fixtures of every format version, and
//! property tests over the codecs.

mod accepted;
mod fixtures;
mod props;
