//! Random container names in docker's style ("eager_curie"): an adjective and
//! a scientist or engineer, so `ps` output stays readable without --name.

const ADJECTIVES: &[&str] = &[
    "agile", "bold", "brave", "bright", "calm", "clever", "cool", "curious", "daring", "eager", "elegant", "epic",
    "fervent", "festive", "fond", "gallant", "gentle", "happy", "hopeful", "humble", "jolly", "keen", "kind",
    "lucid", "merry", "modest", "nifty", "noble", "patient", "peaceful", "quirky", "relaxed", "serene", "sharp",
    "silly", "steady", "sweet", "tender", "trusting", "upbeat", "vibrant", "vigilant", "wise", "witty", "zealous",
];

const PEOPLE: &[&str] = &[
    "agnesi", "babbage", "bohr", "boole", "cannon", "curie", "darwin", "dijkstra", "einstein", "euler", "faraday",
    "fermi", "franklin", "galileo", "gauss", "goodall", "hamilton", "hertz", "hodgkin", "hopper", "hypatia",
    "johnson", "kepler", "knuth", "lamarr", "lovelace", "maxwell", "meitner", "mendel", "newton", "noether",
    "pascal", "pasteur", "planck", "ritchie", "shannon", "somerville", "tesla", "thompson", "turing", "volta",
    "wiles", "wozniak", "yalow", "zuse",
];

/// A fresh random name; the caller retries when it is taken.
pub fn random() -> String {
    let a = ADJECTIVES[rand::random::<usize>() % ADJECTIVES.len()];
    let p = PEOPLE[rand::random::<usize>() % PEOPLE.len()];
    format!("{a}_{p}")
}

/// docker's rule for user-given names: `[a-zA-Z0-9][a-zA-Z0-9_.-]*`.
pub fn validate(name: &str) -> Result<(), String> {
    let mut chars = name.chars();
    let ok = chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
    if ok && name.len() <= 253 {
        Ok(())
    } else {
        Err(format!("invalid container name {name:?}: only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn names() {
        assert!(validate(&random()).is_ok());
        assert!(validate("web-1.a_b").is_ok());
        for bad in ["", "-x", "a/b", "a b", "../x"] {
            assert!(validate(bad).is_err(), "{bad}");
        }
    }
}
