use plantrack::analyse::analyse;
use plantrack::import::actuals_for_year;
use plantrack::link::compare::assess;
use plantrack::link::metric::features;
use plantrack::store;
use std::path::Path;

fn main() {
    let a: Vec<String> = std::env::args().collect();
    if a[1] == "f" {
        for m in &a[2..] {
            let (m, q) = m.split_once('|').unwrap_or((m, m));
            let f = features(m, q);
            println!(
                "{m:?} core={:?} head={:?} aspect={:?} scope={:?}",
                f.core, f.head, f.aspect, f.scope
            );
        }
        return;
    }
    let plan = analyse(store::read_document(Path::new(&a[1])).unwrap());
    let summ = analyse(store::read_document(Path::new(&a[2])).unwrap());
    let year = plan.outline.meta.plan_year.unwrap();
    let acts = actuals_for_year(&summ, year);
    for t in plan.targets.iter().filter(|t| t.quote.contains(&a[3])) {
        let tf = features(&t.metric, &t.quote);
        println!(
            "T {:?} {:?} {:?} core={:?} head={:?} aspect={:?} scope={:?}",
            t.metric, t.value, t.unit, tf.core, tf.head, tf.aspect, tf.scope
        );
        let mut rows: Vec<_> = acts
            .iter()
            .map(|x| {
                let f = features(&x.metric, &x.quote);
                (assess(t, &tf, x, &f), x, f)
            })
            .collect();
        rows.sort_by(|p, q| q.0.score.partial_cmp(&p.0.score).unwrap());
        for (s, x, f) in rows.iter().take(6) {
            println!(
                "  {:.3} {:?} {:?}{} core={:?} head={:?} asp={:?} prob={:?}",
                s.score, x.metric, x.value, x.unit, f.core, f.head, f.aspect, s.problem
            );
        }
        if let Some(want) = a.get(4) {
            for (s, x, f) in rows.iter().filter(|r| r.1.quote.contains(want.as_str())) {
                println!(
                    "  WANT {:.3} {:?} {:?}{} core={:?} head={:?} asp={:?} prob={:?}",
                    s.score, x.metric, x.value, x.unit, f.core, f.head, f.aspect, s.problem
                );
            }
        }
    }
}
