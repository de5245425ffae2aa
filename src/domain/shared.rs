//! `Shared<T>`: a value of the round held shared, so that copying the round
//! (for undo, at every change) does not copy it, and comparing the copy
//! with the round (for the journal) sees at once that it is the same. Used
//! for a ranking's order: at stress 300 rankings of 500 needs are 150 000
//! strings, compared one by one otherwise. Reads as `T`; changed whole
//! (`= vec.into()`) or through `make_mut`; written to the file as `T`.

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct Shared<T>(Arc<T>);

impl<T: Clone> Shared<T> {
    /// The value to change; copied first if another copy of the round
    /// still shares it.
    pub fn make_mut(&mut self) -> &mut T {
        Arc::make_mut(&mut self.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<T> for Shared<T> {
    fn from(v: T) -> Shared<T> {
        Shared(Arc::new(v))
    }
}

impl<T: PartialEq> PartialEq<Vec<T>> for Shared<Vec<T>> {
    fn eq(&self, other: &Vec<T>) -> bool {
        *self.0 == *other
    }
}

impl<T> FromIterator<T> for Shared<Vec<T>> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        Shared::from(items.into_iter().collect::<Vec<T>>())
    }
}

impl<T: fmt::Debug> fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl<T: Serialize> Serialize for Shared<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Shared<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Shared<T>, D::Error> {
        T::deserialize(d).map(Shared::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_shares_and_a_change_to_one_leaves_the_other() {
        let a: Shared<Vec<String>> = vec!["GR-01".to_string(), "UPP-02".to_string()].into();
        let mut b = a.clone();
        assert!(Arc::ptr_eq(&a.0, &b.0));
        b.make_mut().swap(0, 1);
        assert_eq!(a[0], "GR-01", "the other copy is untouched");
        assert_eq!(b[0], "UPP-02");
        assert_ne!(a, b);
    }
}
