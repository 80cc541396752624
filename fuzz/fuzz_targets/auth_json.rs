#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| dhow::fuzzing::auth_json(data));
