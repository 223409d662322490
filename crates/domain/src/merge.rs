//! Three-way merges of lists inside a record, for two windows that changed one record
//! (review M7): `base` is the record as both started from, `mine` this window's version,
//! `theirs` what another window stored meanwhile.

/// A list whose items have no identity of their own (results, shared notes, dates): what
/// `mine` added is added to `theirs` (once), what `mine` removed is removed from it. It
/// never conflicts.
pub(crate) fn set3<T: PartialEq + Clone>(base: &[T], mine: &[T], theirs: &[T]) -> Vec<T> {
    let mut out: Vec<T> = theirs
        .iter()
        .filter(|t| !base.contains(t) || mine.contains(t))
        .cloned()
        .collect();
    for m in mine {
        if !base.contains(m) && !out.contains(m) {
            out.push(m.clone());
        }
    }
    out
}

/// A list of items with a stable key (sessions, members), item by item: an item changed on
/// one side only takes that side's version; one added on either side is kept (`theirs`'
/// order first); one deleted on one side and unchanged on the other is deleted. `None` when
/// the same item was changed differently on both sides, or changed on one and deleted on the
/// other — the caller then keeps both versions whole.
pub(crate) fn keyed3<T, K, F>(base: &[T], mine: &[T], theirs: &[T], key: F) -> Option<Vec<T>>
where
    T: PartialEq + Clone,
    K: PartialEq,
    F: Fn(&T) -> &K,
{
    let find = |list: &'_ [T], k: &K| list.iter().find(|x| key(x) == k).cloned();
    let mut out = Vec::with_capacity(theirs.len());
    for t in theirs {
        let k = key(t);
        match (find(base, k), find(mine, k)) {
            (None, None) => out.push(t.clone()),
            (None, Some(m)) if &m == t => out.push(m),
            (None, Some(_)) => return None,
            (Some(b), None) if &b == t => {}
            (Some(_), None) => return None,
            (Some(b), Some(m)) => {
                if m == b || &m == t {
                    out.push(t.clone());
                } else if &b == t {
                    out.push(m);
                } else {
                    return None;
                }
            }
        }
    }
    for m in mine {
        let k = key(m);
        if theirs.iter().any(|t| key(t) == k) {
            continue;
        }
        match find(base, k) {
            None => out.push(m.clone()),
            Some(b) if &b == m => {}
            Some(_) => return None,
        }
    }
    Some(out)
}

/// One value: the side that changed it wins; `None` when both changed it differently.
pub(crate) fn value3<T: PartialEq + Clone>(base: &T, mine: &T, theirs: &T) -> Option<T> {
    if mine == base || mine == theirs {
        Some(theirs.clone())
    } else if theirs == base {
        Some(mine.clone())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_takes_both_sides_additions_and_removals() {
        let base = [1, 2, 3];
        assert_eq!(set3(&base, &[1, 2, 3, 4], &[2, 3, 5]), vec![2, 3, 5, 4]);
        assert_eq!(set3(&base, &[1, 3], &[1, 2, 3, 5]), vec![1, 3, 5]);
        // The same addition on both sides is kept once.
        assert_eq!(set3(&base, &[1, 2, 3, 9], &[1, 2, 3, 9]), vec![1, 2, 3, 9]);
    }

    #[test]
    fn keyed_items_merge_when_each_side_touched_different_ones() {
        let base = [(1, 'a'), (2, 'b'), (3, 'c')];
        let mine = [(1, 'A'), (2, 'b'), (3, 'c'), (4, 'd')];
        let theirs = [(1, 'a'), (2, 'B'), (5, 'e')];
        assert_eq!(
            keyed3(&base, &mine, &theirs, |x| &x.0),
            Some(vec![(1, 'A'), (2, 'B'), (5, 'e'), (4, 'd')])
        );
    }

    #[test]
    fn keyed_items_changed_on_both_sides_or_changed_and_deleted_do_not_merge() {
        let base = [(1, 'a'), (2, 'b')];
        assert_eq!(
            keyed3(&base, &[(1, 'x'), (2, 'b')], &[(1, 'y'), (2, 'b')], |x| &x
                .0),
            None
        );
        // Deleted here, edited there: the edit is not dropped.
        assert_eq!(
            keyed3(&base, &[(2, 'b')], &[(1, 'y'), (2, 'b')], |x| &x.0),
            None
        );
        // Edited here, deleted there.
        assert_eq!(
            keyed3(&base, &[(1, 'x'), (2, 'b')], &[(2, 'b')], |x| &x.0),
            None
        );
        // Deleted here, untouched there: deleted.
        assert_eq!(
            keyed3(&base, &[(2, 'b')], &[(1, 'a'), (2, 'b')], |x| &x.0),
            Some(vec![(2, 'b')])
        );
    }

    #[test]
    fn a_value_changed_on_one_side_takes_that_side() {
        assert_eq!(value3(&1, &2, &1), Some(2));
        assert_eq!(value3(&1, &1, &3), Some(3));
        assert_eq!(value3(&1, &2, &2), Some(2));
        assert_eq!(value3(&1, &2, &3), None);
    }
}
