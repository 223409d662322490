//! Library search benchmark: how long one search over every built-in exercise takes (both
//! languages, Persian variants normalised). Run with `cargo run --release --example bench_search`.
//! It prints figures; it asserts nothing about time.

use std::hint::black_box;
use std::time::Instant;

fn main() {
    let build = Instant::now();
    let idx = hamdel::content::builtin_index();
    let built = build.elapsed();
    let exercises = hamdel::content::exercises().len();
    let chars: usize = hamdel::content::exercises()
        .iter()
        .map(|e| hamdel::content::searchable_text(e).chars().count())
        .sum();
    println!(
        "library: {exercises} exercises, {chars} characters indexed; index built (parse + normalise) in {built:?}"
    );
    println!("{:<28} {:>8} {:>14}", "query", "hits", "per search");
    let runs = 2000u32;
    for q in [
        "گوش دادن",
        "پيام من",
        "كنترل خشم",
        "۱۰ دقیقه",
        "listening",
        "anger thermometer",
        "zzz-no-match",
    ] {
        let hits = idx.search(q).len();
        let t = Instant::now();
        for _ in 0..runs {
            black_box(idx.search(black_box(q)));
        }
        let per = t.elapsed() / runs;
        println!("{q:<28} {hits:>8} {:>11.1} µs", per.as_secs_f64() * 1e6);
    }
}
