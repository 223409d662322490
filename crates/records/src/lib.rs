//! Stored JSON into domain records: the `{"v":N,…}` documents and their migrations
//! ([`schema`]), and the reading of a collection's chunk, record by record.
//!
//! Why a crate of its own: generic code is compiled with the settings of the crate that
//! instantiates it, so [`Record::read_chunk`] is implemented here, non-generically, for every
//! record type — the parsing of every stored chunk is instantiated in this crate, and its
//! optimisation can be set apart from the size-optimised app (`[profile.release.package.
//! hamdel-records]`). Measured at `opt-level = 3`: the load no faster, the wasm 72 KiB (gzip)
//! larger, so it is built like the rest for now (`Cargo.toml`).

pub mod schema;

use hamdel_domain::exercise::Exercise;
use hamdel_domain::goal::Goal;
use hamdel_domain::kit::JoinedKit;
use hamdel_domain::outcome::Results;
use hamdel_domain::safety::SafetyPlan;
use hamdel_domain::survey::{Attempt, Survey};
use hamdel_domain::{Group, JournalEntry, Keyed};
use schema::{Decoded, decode, peek_version};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// A record as stored: the domain value and its revision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stored<T> {
    /// Starts at 1; every stored change adds one.
    pub rev: u32,
    /// The domain value.
    pub item: T,
}

#[derive(Serialize, Deserialize)]
struct ChunkDoc<T> {
    v: u32,
    records: Vec<Stored<T>>,
}

/// A chunk read record by record: each record's JSON text, borrowed from the stored value.
#[derive(Deserialize)]
struct RawChunk<'a> {
    #[serde(borrow)]
    records: Vec<&'a serde_json::value::RawValue>,
}

/// What a stored chunk holds, read record by record (review #2: one bad record never hides its
/// neighbours).
pub enum ChunkRead<T> {
    /// The records that decoded, and the JSON text of each one that did not, byte for byte.
    Records {
        /// The records that decoded.
        good: Vec<Stored<T>>,
        /// The JSON text of each record that did not.
        bad: Vec<String>,
    },
    /// Written by a newer version: must not be written over.
    Future {
        /// The version found.
        version: u32,
    },
}

/// Reads a chunk; `Err` only when the value is not a chunk document at all.
fn read_chunk<T: DeserializeOwned>(raw: &str) -> Result<ChunkRead<T>, NotAChunk> {
    // The usual case, in one pass: every record of the current version decodes.
    match decode::<ChunkDoc<T>>(raw) {
        Ok(Decoded::Current(doc) | Decoded::Migrated(doc)) => {
            return Ok(ChunkRead::Records {
                good: doc.records,
                bad: Vec::new(),
            });
        }
        Ok(Decoded::Future { version }) => return Ok(ChunkRead::Future { version }),
        Err(_) => {}
    }
    let version = peek_version(raw).filter(|v| *v > 0).ok_or(NotAChunk)?;
    let chunk: RawChunk<'_> = serde_json::from_str(raw).map_err(|_| NotAChunk)?;
    let mut good = Vec::with_capacity(chunk.records.len());
    let mut bad = Vec::new();
    for record in chunk.records {
        // Each record alone, through the same migration chain as a whole chunk.
        let one = format!("{{\"v\":{version},\"records\":[{}]}}", record.get());
        match decode::<ChunkDoc<T>>(&one) {
            Ok(Decoded::Current(doc) | Decoded::Migrated(doc)) if doc.records.len() == 1 => {
                good.extend(doc.records);
            }
            _ => bad.push(record.get().to_owned()),
        }
    }
    Ok(ChunkRead::Records { good, bad })
}

/// The stored value is not a chunk document at all (it is quarantined whole).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotAChunk;

/// A domain type stored as records of a collection.
pub trait Record: Keyed + PartialEq + Serialize + DeserializeOwned {
    /// Reads a stored chunk of these records; `Err` only when the value is not a chunk
    /// document at all.
    fn read_chunk(raw: &str) -> Result<ChunkRead<Self>, NotAChunk>;
}

macro_rules! records {
    ($($t:ty),*) => {
        $(
            impl Record for $t {
                // Not inlined into the app: this copy is the one built for speed.
                #[inline(never)]
                fn read_chunk(raw: &str) -> Result<ChunkRead<Self>, NotAChunk> {
                    read_chunk::<$t>(raw)
                }
            }
        )*
    };
}

records!(
    Group,
    JournalEntry,
    Exercise,
    Survey,
    Attempt,
    Goal,
    JoinedKit,
    SafetyPlan,
    Results
);
