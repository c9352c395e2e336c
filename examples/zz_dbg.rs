use plantrack::analyse::analyse;
use plantrack::import::actuals_for_year;
use plantrack::link::compare::assess;
use plantrack::link::metric::features;
use plantrack::link::similarity::text_similarity;
use plantrack::store;
use std::path::Path;

fn main() {
    let a: Vec<String> = std::env::args().collect();
    let plan = analyse(store::read_document(Path::new(&a[1])).unwrap());
    let summ = analyse(store::read_document(Path::new(&a[2])).unwrap());
    let year = plan.outline.meta.plan_year.unwrap_or(0);
    let acts = if year == 0 {
        summ.actuals.clone()
    } else {
        actuals_for_year(&summ, year)
    };
    for t in plan.targets.iter().filter(|t| t.quote.contains(&a[3])) {
        let tf = features(&t.metric, &t.quote);
        println!(
            "T {:?} {:?}{} core={:?} topic={:?}",
            t.metric, t.value, t.unit, tf.core, t.topic
        );
        let mut rows: Vec<_> = acts
            .iter()
            .map(|x| {
                let f = features(&x.metric, &x.quote);
                (assess(t, &tf, x, &f), x, f)
            })
            .collect();
        rows.sort_by(|p, q| q.0.score.partial_cmp(&p.0.score).unwrap());
        let want = a.get(4).cloned().unwrap_or_default();
        for (i, (s, x, f)) in rows.iter().enumerate() {
            if i >= 6 && (want.is_empty() || !x.quote.contains(&want)) {
                continue;
            }
            let ts = text_similarity(
                &format!("{}{}", t.topic, t.metric),
                &format!("{}{}", x.topic, x.metric),
            );
            println!(
                "  {:.3} t{:.3} {:?} {:?}{} core={:?} prob={:?} topic={:?}",
                s.score,
                ts,
                x.metric,
                x.value,
                x.unit,
                f.core,
                s.problem
                    .as_deref()
                    .map(|p| p.chars().take(30).collect::<String>()),
                x.topic
            );
        }
    }
}
