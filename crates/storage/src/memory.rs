//! An in-memory [`KeyValueStore`] for tests, with the browser's quota rule and injectable faults.

use super::kv::{KeyValueStore, QUOTA_UNITS, StoreError, utf16_len};
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

/// A shared in-memory store. Clones share the same data, like two tabs of one origin.
#[derive(Debug, Clone)]
pub struct MemoryStore {
    inner: Rc<Inner>,
}

#[derive(Debug)]
struct Inner {
    data: RefCell<BTreeMap<String, String>>,
    quota_units: Cell<usize>,
    /// Writes left before every write fails with `QuotaExceeded` (`None`: no injected fault).
    writes_before_quota: Cell<Option<usize>>,
    unavailable: Cell<bool>,
    faults: RefCell<Faults>,
}

/// Faults injected on top of the quota rule.
#[derive(Debug, Default)]
struct Faults {
    /// Writes to pass before exactly one fails (then writes succeed again).
    fail_once_after: Option<usize>,
    /// Keys whose writes and removals fail.
    keys: Vec<String>,
    /// Whether every removal fails.
    removes: bool,
    /// UTF-16 units that may still be written before every write fails.
    units_left: Option<usize>,
}

impl Default for MemoryStore {
    fn default() -> Self {
        Self::with_quota(QUOTA_UNITS)
    }
}

impl MemoryStore {
    /// An empty store with the browser's usual quota.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty store holding at most `quota_units` UTF-16 code units.
    pub fn with_quota(quota_units: usize) -> Self {
        MemoryStore {
            inner: Rc::new(Inner {
                data: RefCell::new(BTreeMap::new()),
                quota_units: Cell::new(quota_units),
                writes_before_quota: Cell::new(None),
                unavailable: Cell::new(false),
                faults: RefCell::new(Faults::default()),
            }),
        }
    }

    /// After `n` more successful writes, every write fails as if the quota were full.
    pub fn fail_writes_after(&self, n: usize) {
        self.inner.writes_before_quota.set(Some(n));
    }

    /// After `n` more successful writes, exactly one write fails (as if the quota were full
    /// for a moment); later writes succeed.
    pub fn fail_once_after(&self, n: usize) {
        self.inner.faults.borrow_mut().fail_once_after = Some(n);
    }

    /// Every write and removal of `key` fails.
    pub fn fail_key(&self, key: &str) {
        self.inner.faults.borrow_mut().keys.push(key.to_owned());
    }

    /// Every removal fails.
    pub fn fail_removes(&self) {
        self.inner.faults.borrow_mut().removes = true;
    }

    /// Writes succeed until `units` more UTF-16 units (keys and values) have been written;
    /// then every write fails.
    pub fn fail_after_units(&self, units: usize) {
        self.inner.faults.borrow_mut().units_left = Some(units);
    }

    /// Lets writes succeed again (space was freed).
    pub fn clear_faults(&self) {
        self.inner.writes_before_quota.set(None);
        self.inner.unavailable.set(false);
        *self.inner.faults.borrow_mut() = Faults::default();
    }

    /// Applies the injected write faults for a write of `units` to `key`.
    fn check_write(&self, key: &str, units: usize) -> Result<(), StoreError> {
        if let Some(left) = self.inner.writes_before_quota.get() {
            if left == 0 {
                return Err(StoreError::QuotaExceeded);
            }
            self.inner.writes_before_quota.set(Some(left - 1));
        }
        let mut f = self.inner.faults.borrow_mut();
        if f.keys.iter().any(|k| k == key) {
            return Err(StoreError::QuotaExceeded);
        }
        match f.fail_once_after {
            Some(0) => {
                f.fail_once_after = None;
                return Err(StoreError::QuotaExceeded);
            }
            Some(n) => f.fail_once_after = Some(n - 1),
            None => {}
        }
        if let Some(left) = f.units_left {
            if units > left {
                f.units_left = Some(0);
                return Err(StoreError::QuotaExceeded);
            }
            f.units_left = Some(left - units);
        }
        Ok(())
    }

    /// Makes every operation fail as if storage were switched off.
    pub fn make_unavailable(&self) {
        self.inner.unavailable.set(true);
    }

    /// Changes the quota.
    pub fn set_quota(&self, units: usize) {
        self.inner.quota_units.set(units);
    }

    /// A copy of everything stored, for assertions.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.inner.data.borrow().clone()
    }

    /// Writes directly, bypassing faults and quota (to plant corrupt or future data in tests).
    pub fn plant(&self, key: &str, value: &str) {
        self.inner
            .data
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
    }

    fn check_available(&self) -> Result<(), StoreError> {
        if self.inner.unavailable.get() {
            Err(StoreError::Unavailable)
        } else {
            Ok(())
        }
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.check_available()?;
        Ok(self.inner.data.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.check_available()?;
        self.check_write(key, utf16_len(key) + utf16_len(value))?;
        let mut data = self.inner.data.borrow_mut();
        let old = data.get(key).map_or(0, |v| utf16_len(key) + utf16_len(v));
        let used: usize = data.iter().map(|(k, v)| utf16_len(k) + utf16_len(v)).sum();
        if used - old + utf16_len(key) + utf16_len(value) > self.inner.quota_units.get() {
            return Err(StoreError::QuotaExceeded);
        }
        data.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.check_available()?;
        {
            let f = self.inner.faults.borrow();
            if f.removes || f.keys.iter().any(|k| k == key) {
                return Err(StoreError::Backend {
                    name: "injected remove fault".into(),
                });
            }
        }
        self.inner.data.borrow_mut().remove(key);
        Ok(())
    }

    fn quota_units(&self) -> usize {
        self.inner.quota_units.get()
    }

    fn move_value(&self, from: &str, to: &str) -> Result<bool, StoreError> {
        let Some(value) = self.get(from)? else {
            return Ok(true);
        };
        self.set(to, &value)?;
        if let Err(e) = self.remove(from) {
            self.inner.data.borrow_mut().remove(to);
            return Err(e);
        }
        Ok(true)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.check_available()?;
        Ok(self.inner.data.borrow().keys().cloned().collect())
    }

    fn used_units(&self) -> Result<usize, StoreError> {
        self.check_available()?;
        Ok(self
            .inner
            .data
            .borrow()
            .iter()
            .map(|(k, v)| utf16_len(k) + utf16_len(v))
            .sum())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quota_counts_utf16_units_and_keeps_the_old_value() {
        let s = MemoryStore::with_quota(10);
        s.set("k", "سلام").expect("fits");
        assert_eq!(s.used_units(), Ok(5));
        assert_eq!(s.set("k", "0123456789"), Err(StoreError::QuotaExceeded));
        assert_eq!(s.get("k"), Ok(Some("سلام".to_owned())));
        s.set("k", "012345678")
            .expect("replacing counts only the new value");
    }

    #[test]
    fn injected_one_off_key_remove_and_unit_faults() {
        let s = MemoryStore::new();
        s.fail_once_after(1);
        assert!(s.set("a", "1").is_ok());
        assert_eq!(s.set("b", "2"), Err(StoreError::QuotaExceeded));
        assert!(s.set("b", "2").is_ok(), "only one write fails");
        s.fail_key("a");
        assert!(s.set("a", "3").is_err() && s.remove("a").is_err());
        assert!(s.set("c", "3").is_ok());
        s.clear_faults();
        s.fail_removes();
        assert!(s.remove("c").is_err());
        assert_eq!(s.get("c"), Ok(Some("3".to_owned())));
        s.clear_faults();
        s.fail_after_units(4);
        assert!(s.set("d", "12").is_ok(), "3 units");
        assert!(s.set("e", "12").is_err(), "3 more do not fit in the 1 left");
    }

    #[test]
    fn injected_quota_fault_fires_after_n_writes() {
        let s = MemoryStore::new();
        s.fail_writes_after(1);
        assert!(s.set("a", "1").is_ok());
        assert_eq!(s.set("b", "2"), Err(StoreError::QuotaExceeded));
        s.clear_faults();
        assert!(s.set("b", "2").is_ok());
    }
}
