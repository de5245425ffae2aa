//! What the ballot server counts against an address: wrong codes (ten
//! within a minute block it for a minute) and connections open at once
//! (in all and per address), so guessing stays slow and stalled clients
//! cannot take every place.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Wrong codes from one address within `WINDOW` before it is blocked.
pub const MAX_WRONG: u32 = 10;
pub const WINDOW: Duration = Duration::from_secs(60);
/// The addresses remembered for blocking, at most.
const MAX_ADDRESSES: usize = 10_000;

/// How long a client may take, and how many may be connected at once.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// To send a request's headers (a connection kept open between
    /// requests is closed after this long idle).
    pub headers: Duration,
    /// To send a request's body once its headers are in.
    pub body: Duration,
    /// A connection's whole life, however busy.
    pub connection: Duration,
    /// Connections open at once, in all; beyond it a new one is closed at
    /// once, so a flood of stalled clients cannot grow memory.
    pub connections: usize,
    /// Connections open at once from one address (25 phones behind one
    /// router's address still fit).
    pub per_address: usize,
    /// How long a request waits for the round's writer.
    pub writer: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            headers: Duration::from_secs(10),
            body: Duration::from_secs(10),
            connection: Duration::from_secs(120),
            connections: 256,
            per_address: 64,
            writer: Duration::from_secs(5),
        }
    }
}

#[derive(Default)]
struct Tries {
    since: Option<Instant>,
    wrong: u32,
    blocked_until: Option<Instant>,
}

/// The wrong codes per address.
#[derive(Default)]
pub struct Guard {
    tries: Mutex<HashMap<IpAddr, Tries>>,
}

impl Guard {
    /// Blocked now? Counts a wrong code when `wrong`.
    pub fn blocked(&self, ip: IpAddr, wrong: bool) -> bool {
        let Ok(mut map) = self.tries.lock() else {
            return true;
        };
        let now = Instant::now();
        if map.len() >= MAX_ADDRESSES && !map.contains_key(&ip) {
            map.retain(|_, t| t.blocked_until.is_some_and(|b| b > now));
        }
        let t = map.entry(ip).or_default();
        if let Some(until) = t.blocked_until {
            if until > now {
                return true;
            }
            *t = Tries::default();
        }
        if wrong {
            if t.since.is_none_or(|s| now.duration_since(s) > WINDOW) {
                t.since = Some(now);
                t.wrong = 0;
            }
            t.wrong += 1;
            if t.wrong >= MAX_WRONG {
                t.blocked_until = Some(now + WINDOW);
            }
        }
        false
    }
}

/// The connections open now, in all and per address.
#[derive(Default)]
pub struct Open {
    per: Mutex<HashMap<IpAddr, usize>>,
}

/// One open connection's place; giving it back when dropped.
pub struct Slot {
    open: Arc<Open>,
    ip: IpAddr,
}

impl Open {
    /// A place for a new connection from `ip`, or none when `all` are
    /// open or `per_address` from that address.
    pub fn admit(self: &Arc<Self>, ip: IpAddr, all: usize, per_address: usize) -> Option<Slot> {
        let mut per = self.per.lock().ok()?;
        let total: usize = per.values().sum();
        let here = per.get(&ip).copied().unwrap_or(0);
        if total >= all || here >= per_address {
            return None;
        }
        per.insert(ip, here + 1);
        Some(Slot {
            open: self.clone(),
            ip,
        })
    }

    /// Connections open now.
    pub fn count(&self) -> usize {
        self.per.lock().map(|p| p.values().sum()).unwrap_or(0)
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        if let Ok(mut per) = self.open.per.lock()
            && let Some(n) = per.get_mut(&self.ip)
        {
            *n -= 1;
            if *n == 0 {
                per.remove(&self.ip);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_given_back_and_capped_in_all_and_per_address() {
        let open = Arc::new(Open::default());
        let a: IpAddr = [10, 0, 0, 1].into();
        let b: IpAddr = [10, 0, 0, 2].into();
        let first = open.admit(a, 3, 2).unwrap();
        let _second = open.admit(a, 3, 2).unwrap();
        assert!(open.admit(a, 3, 2).is_none(), "two from one address");
        let _third = open.admit(b, 3, 2).unwrap();
        assert!(open.admit(b, 3, 2).is_none(), "three in all");
        drop(first);
        assert_eq!(open.count(), 2);
        assert!(open.admit(a, 3, 2).is_some(), "a place given back");
    }

    #[test]
    fn ten_wrong_codes_block_and_the_block_is_per_address() {
        let g = Guard::default();
        let a: IpAddr = [10, 0, 0, 1].into();
        for _ in 0..MAX_WRONG {
            assert!(!g.blocked(a, true));
        }
        assert!(g.blocked(a, false));
        assert!(!g.blocked([10, 0, 0, 2].into(), false));
    }
}
