//! Property tests of the tolerant readers (status, history, models, generate answers):
//! whatever JSON arrives, they never panic and only ever fail with `UnreadableBody`; a job,
//! model or id list they can identify is always read, whatever junk surrounds it; and the
//! documented examples (shared/ulazai-api.md), mutated — numbers respelled, fields dropped
//! or filled with junk, unknown fields added — keep every field that was left intact.

use crate::support::props;

use props::{check, JOB_KEYS, MODEL_KEYS, WRAPPER_KEYS};
use proptest::prelude::*;
use serde_json::{json, Map, Value};
use ulazai_engine::api::{
    parse_generate_body, parse_history_body, parse_models_body, ApiError, RemoteJob,
};

const CASES: u32 = 128;

/// Ok, or the one error a reader may give: an unreadable 200.
fn only_unreadable<T>(r: &Result<T, ApiError>) -> Result<(), TestCaseError> {
    match r {
        Ok(_) | Err(ApiError::UnreadableBody { status: 200, .. }) => Ok(()),
        Err(e) => Err(TestCaseError::fail(format!("unexpected error kind: {e:?}"))),
    }
}

#[test]
fn any_json_or_text_is_read_or_refused_cleanly() {
    let body = prop_oneof![
        4 => props::json_value().prop_map(|v| v.to_string()),
        1 => props::nasty_text(),
    ];
    check(CASES, body, |body| {
        only_unreadable(&RemoteJob::from_status_body(&body))?;
        only_unreadable(&parse_history_body(&body))?;
        only_unreadable(&parse_models_body(&body))?;
        only_unreadable(&parse_generate_body(&body))?;
        Ok(())
    });
}

fn nonblank() -> impl Strategy<Value = String> {
    props::nasty_text().prop_filter("not blank", |s| !s.trim().is_empty())
}

#[test]
fn a_job_with_an_id_and_a_status_is_always_read() {
    let job = (
        nonblank(),
        nonblank(),
        prop::collection::vec((prop::sample::select(JOB_KEYS), props::json_value()), 0..10),
        props::junk_entries(JOB_KEYS),
        props::junk_entries(WRAPPER_KEYS),
    );
    check(CASES, job, |(id, status, known, junk, outer)| {
        let mut obj: Map<String, Value> = junk;
        for (k, v) in known {
            if !matches!(k, "job_id" | "id" | "status") {
                obj.insert(k.to_string(), v);
            }
        }
        obj.insert("job_id".into(), json!(id));
        obj.insert("status".into(), json!(status));
        let mut wrapped = outer.clone();
        wrapped.insert("success".into(), json!(true));
        wrapped.insert("job".into(), Value::Object(obj.clone()));

        let read = RemoteJob::from_status_body(&Value::Object(wrapped).to_string())
            .map_err(|e| TestCaseError::fail(format!("status refused: {e:?}")))?;
        prop_assert_eq!(&read.job_id, &id);
        prop_assert_eq!(read.status.as_str(), status.trim().to_ascii_lowercase());

        let mut history = outer;
        history.insert("success".into(), json!(true));
        history.insert(
            "jobs".into(),
            json!([Value::Object(obj.clone()), 7, "x", null, Value::Object(obj)]),
        );
        let list = parse_history_body(&Value::Object(history).to_string())
            .map_err(|e| TestCaseError::fail(format!("history refused: {e:?}")))?;
        prop_assert_eq!(list.len(), 2, "both jobs kept, the non-objects skipped");
        Ok(())
    });
}

#[test]
fn a_model_with_a_slug_is_always_read() {
    let model = (
        nonblank(),
        prop::collection::vec(
            (prop::sample::select(MODEL_KEYS), props::json_value()),
            0..12,
        ),
        props::junk_entries(MODEL_KEYS),
        props::junk_entries(WRAPPER_KEYS),
    );
    check(CASES, model, |(slug, known, junk, outer)| {
        let mut obj = junk;
        for (k, v) in known {
            if !matches!(k, "slug" | "model_slug") {
                obj.insert(k.to_string(), v);
            }
        }
        obj.insert("slug".into(), json!(slug));
        let mut body = outer;
        body.insert("success".into(), json!(true));
        body.insert("models".into(), json!([Value::Object(obj), [], 3]));
        let models = parse_models_body(&Value::Object(body).to_string())
            .map_err(|e| TestCaseError::fail(format!("models refused: {e:?}")))?;
        prop_assert_eq!(models.len(), 1);
        let m = &models[0];
        prop_assert_eq!(&m.slug, &slug);
        prop_assert!((1..=4).contains(&m.max_batch), "max_batch {}", m.max_batch);
        prop_assert!(!m.inputs.is_empty());
        if let Some((lo, hi)) = m.typical_seconds {
            prop_assert!(lo <= hi);
        }
        Ok(())
    });
}

#[test]
fn generate_ids_are_always_read() {
    let answer = (
        prop::collection::vec(
            prop_oneof![
                nonblank().prop_map(Value::from),
                any::<u32>().prop_map(Value::from)
            ],
            1..5,
        ),
        prop::collection::vec(props::json_value(), 0..4),
        props::junk_entries(WRAPPER_KEYS),
    );
    check(CASES, answer, |(ids, junk_items, outer)| {
        let mut body = outer;
        body.insert("success".into(), json!(true));
        let mut list = ids.clone();
        list.extend(
            junk_items
                .into_iter()
                .filter(|v| !v.is_string() && !v.is_number()),
        );
        body.insert("job_ids".into(), Value::Array(list));
        let read = parse_generate_body(&Value::Object(body).to_string())
            .map_err(|e| TestCaseError::fail(format!("generate answer refused: {e:?}")))?;
        let want: Vec<String> = ids
            .iter()
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
            .collect();
        prop_assert_eq!(read, want);
        Ok(())
    });
}

// ---- The documented examples, mutated ------------------------------------------------

/// What happens to one field of a documented example.
#[derive(Debug, Clone)]
enum Edit {
    Keep,
    /// The same value spelled differently: `100` → `100.0` or `"100"`, `true` → `"true"`,
    /// a time with blanks around it.
    Respell(u8),
    Drop,
    Junk(Value),
}

fn edit(required: bool) -> BoxedStrategy<Edit> {
    if required {
        prop_oneof![Just(Edit::Keep), any::<u8>().prop_map(Edit::Respell)].boxed()
    } else {
        prop_oneof![
            2 => Just(Edit::Keep),
            2 => any::<u8>().prop_map(Edit::Respell),
            1 => Just(Edit::Drop),
            1 => props::json_value().prop_map(Edit::Junk),
        ]
        .boxed()
    }
}

fn respell(key: &str, v: &Value, pick: u8) -> Value {
    match v {
        Value::Number(n) => match pick % 3 {
            0 => json!(n.as_f64().unwrap()),
            1 => json!(n.to_string()),
            _ => v.clone(),
        },
        Value::Bool(b) => match pick % 3 {
            0 => json!(b.to_string()),
            1 => json!(if *b { "Yes" } else { "no" }),
            _ => json!(u8::from(*b)),
        },
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|i| respell(key, i, pick.rotate_left(1)))
                .collect(),
        ),
        Value::String(s) if key.ends_with("_at") => json!(format!(" {s}\n")),
        other => other.clone(),
    }
}

/// Apply the edits to `example`; returns the mutated object and the fields left readable.
fn mutate(example: &Value, edits: &[Edit]) -> (Map<String, Value>, Vec<String>) {
    let mut out = Map::new();
    let mut intact = Vec::new();
    for ((k, v), e) in example.as_object().unwrap().iter().zip(edits) {
        match e {
            Edit::Keep => {
                out.insert(k.clone(), v.clone());
                intact.push(k.clone());
            }
            Edit::Respell(p) => {
                out.insert(k.clone(), respell(k, v, *p));
                intact.push(k.clone());
            }
            Edit::Drop => {}
            Edit::Junk(j) => {
                out.insert(k.clone(), j.clone());
            }
        }
    }
    (out, intact)
}

/// A job's field as the documented JSON spells it.
fn job_field(j: &RemoteJob, key: &str) -> Value {
    match key {
        "job_id" => json!(j.job_id),
        "status" => json!(j.status.as_str()),
        "model_slug" => json!(j.model_slug),
        "mode" => json!(j.mode),
        "prompt" => json!(j.prompt),
        "result_urls" => json!(j.result_urls),
        "credits_charged" => json!(j.credits_charged),
        "credits_refunded" => json!(j.credits_refunded),
        "error_message" => json!(j.error_message),
        "provider_meta" => j.provider_meta.clone().unwrap_or(Value::Null),
        "created_at" => json!(j.created_at),
        "completed_at" => json!(j.completed_at),
        other => panic!("the examples have no field {other}"),
    }
}

fn completed_example() -> Value {
    json!({"job_id": "8990f846-f6f0-4ff1-a298-d0a72d49e7ad", "model_slug": "kling_3_0",
           "mode": "text_to_video", "status": "completed",
           "result_urls": ["https://media.ulazai.com/video_studio/results/job-8990f846.mp4"],
           "credits_charged": 100,
           "provider_meta": {"effective_duration_seconds": 5, "quality_mode": "std"},
           "created_at": "2026-02-20T12:40:01.123456+00:00",
           "completed_at": "2026-02-20T12:41:22.948211+00:00"})
}

fn failed_example() -> Value {
    json!({"job_id": "b1f74f1f-8a81-410c-a533-4701159ed7ba", "status": "failed",
           "error_message": "Invalid duration for this model", "credits_refunded": true})
}

fn job_edits(example: &Value) -> impl Strategy<Value = Vec<Edit>> {
    example
        .as_object()
        .unwrap()
        .keys()
        .map(|k| edit(k == "job_id" || k == "status"))
        .collect::<Vec<_>>()
}

fn check_job(read: &RemoteJob, example: &Value, intact: &[String]) -> Result<(), TestCaseError> {
    for k in intact {
        prop_assert_eq!(job_field(read, k), example[k].clone(), "field {}", k);
    }
    Ok(())
}

#[test]
fn documented_status_answers_keep_their_fields_when_mutated() {
    for example in [completed_example(), failed_example()] {
        let cases = (
            job_edits(&example),
            props::junk_entries(JOB_KEYS),
            props::junk_entries(WRAPPER_KEYS),
            any::<bool>(),
        );
        check(CASES, cases, |(edits, junk, outer, bare)| {
            let (mut job, intact) = mutate(&example, &edits);
            job.extend(junk);
            let body = if bare {
                // A bare job is its own wrapper: the wrapper's keys are not junk there.
                job.retain(|k, _| !WRAPPER_KEYS.contains(&k.as_str()) || example.get(k).is_some());
                Value::Object(job)
            } else {
                let mut w = outer;
                w.insert("success".into(), json!(true));
                w.insert("job".into(), Value::Object(job));
                Value::Object(w)
            };
            let read = RemoteJob::from_status_body(&body.to_string())
                .map_err(|e| TestCaseError::fail(format!("refused {body}: {e:?}")))?;
            check_job(&read, &example, &intact)
        });
    }
}

#[test]
fn documented_history_keeps_every_job_and_field_when_mutated() {
    let (done, failed) = (completed_example(), failed_example());
    let cases = (
        job_edits(&done),
        job_edits(&failed),
        props::junk_entries(JOB_KEYS),
        props::junk_entries(WRAPPER_KEYS),
    );
    check(CASES, cases, |(e1, e2, junk, outer)| {
        let (mut a, intact_a) = mutate(&done, &e1);
        let (b, intact_b) = mutate(&failed, &e2);
        a.extend(junk);
        let mut body = outer;
        body.insert("success".into(), json!(true));
        body.insert("jobs".into(), json!([a, b]));
        let list = parse_history_body(&Value::Object(body).to_string())
            .map_err(|e| TestCaseError::fail(format!("history refused: {e:?}")))?;
        prop_assert_eq!(list.len(), 2);
        check_job(&list[0], &done, &intact_a)?;
        check_job(&list[1], &failed, &intact_b)
    });
}

#[test]
fn documented_models_keep_their_fields_when_mutated() {
    let example = json!({"slug": "veo31_fast", "name": "Veo 3.1 Fast", "engine": "veo",
        "aspect_ratios": ["16:9", "9:16", "Auto"], "durations": [8], "quality_modes": [],
        "inputs": ["text", "image"], "credits": 100, "max_prompt_chars": 4000,
        "supports_sound": true, "max_batch": 4});
    let edits: Vec<BoxedStrategy<Edit>> = example
        .as_object()
        .unwrap()
        .keys()
        .map(|k| edit(k == "slug"))
        .collect();
    let cases = (
        edits,
        props::junk_entries(MODEL_KEYS),
        props::junk_entries(WRAPPER_KEYS),
    );
    check(CASES, cases, |(edits, junk, outer)| {
        let (mut model, intact) = mutate(&example, &edits);
        model.extend(junk);
        let mut body = outer;
        body.insert("success".into(), json!(true));
        body.insert("models".into(), json!([model]));
        let models = parse_models_body(&Value::Object(body).to_string())
            .map_err(|e| TestCaseError::fail(format!("models refused: {e:?}")))?;
        prop_assert_eq!(models.len(), 1);
        let read = serde_json::to_value(&models[0]).unwrap();
        for k in &intact {
            prop_assert_eq!(&read[k.as_str()], &example[k.as_str()], "field {}", k);
        }
        Ok(())
    });
}

#[test]
fn documented_generate_answer_keeps_its_ids_when_mutated() {
    let cases = (props::junk_entries(WRAPPER_KEYS), any::<bool>());
    check(CASES, cases, |(outer, with_credits)| {
        let ids = [
            "8990f846-f6f0-4ff1-a298-d0a72d49e7ad",
            "b1f74f1f-8a81-410c-a533-4701159ed7ba",
        ];
        let mut body = outer;
        body.insert("success".into(), json!(true));
        body.insert("job_ids".into(), json!(ids));
        if with_credits {
            body.insert("credits_charged".into(), json!("200"));
        }
        let read = parse_generate_body(&Value::Object(body).to_string())
            .map_err(|e| TestCaseError::fail(format!("generate answer refused: {e:?}")))?;
        prop_assert_eq!(read, ids.to_vec());
        Ok(())
    });
}
