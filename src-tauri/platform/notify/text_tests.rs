//! What the notifications say.

use super::*;
use ulazai_engine::model::JobOrigin;
use ulazai_engine::model::{Job, JobStatus};
use ulazai_i18n::Localizer;

fn en() -> Localizer {
    Localizer::new("en")
}

fn job(id: &str, status: JobStatus) -> Finished {
    Finished {
        model_name: Some("Veo 3.1 Fast".into()),
        job: job_only(id, status),
    }
}

fn job_only(id: &str, status: JobStatus) -> Job {
    Job {
        id: id.into(),
        status,
        model_slug: Some("veo31_fast".into()),
        mode: None,
        prompt: Some("A red fox running through fresh snow at dawn, cinematic".into()),
        params: None,
        result_urls: vec![],
        credits_charged: None,
        credits_refunded: None,
        error_message: None,
        provider_meta: Some(serde_json::json!({"effective_duration_seconds": 8}).into()),
        created_at: None,
        completed_at: None,
        origin: JobOrigin::App,
        folder_id: None,
        unknown_to_server: false,
        local_file: None,
        // What the engine hands out: the server's `effective_duration_seconds` above.
        clip_seconds: Some(8.0),
        merged_from: Vec::new(),
        storyboard: None,
        flag: None,
        rating: None,
        shot: None,
        take_of: None,
        updated_at: String::new(),
    }
}

#[test]
fn completed_and_failed_texts() {
    let n = single(&en(), &job("a", JobStatus::Completed));
    assert_eq!(n.summary, "Render finished");
    assert_eq!(
        n.body,
        "A red fox running through fresh snow at dawn, cinematic\nVeo 3.1 Fast · 8 s clip"
    );
    let mut f = job("b", JobStatus::Failed);
    f.job.error_message = Some("Invalid duration for this model".into());
    f.job.credits_refunded = Some(true);
    let n = single(&en(), &f);
    assert_eq!(n.summary, "Render failed");
    assert_eq!(
        n.body,
        "A red fox running through fresh snow at dawn, cinematic\n\
         Invalid duration for this model. Credits were refunded."
    );
}

#[test]
fn bodies_are_escaped_and_bounded() {
    assert_eq!(
        escape_markup("<b>x</b> & <a href=\"y\">"),
        "&lt;b&gt;x&lt;/b&gt; &amp; &lt;a href=\"y\"&gt;"
    );
    for markup in [true, false] {
        let long = body_text(&"ab".repeat(1000), markup);
        assert!(long.chars().count() <= BODY_CHARS && long.ends_with('…'));
    }
    assert_eq!(body_text("Edit & retry", true), "Edit &amp; retry");
    assert_eq!(body_text("Edit & retry", false), "Edit & retry");
}

#[test]
fn long_prompts_are_cut() {
    let s = ellipsize(&"word ".repeat(40), 80);
    assert!(s.chars().count() <= 80 && s.ends_with('…'));
}

#[test]
fn a_drained_queue_says_its_counts() {
    let n = queue_drained(&en(), 9, 0, "j9");
    assert_eq!(n.summary, "Render queue finished");
    assert_eq!(n.body, "9 clips finished.");
    assert_eq!(n.focus, "j9");
    assert_eq!(
        queue_drained(&en(), 1, 2, "j").body,
        "1 clip finished, 2 failed."
    );
    assert_eq!(queue_drained(&en(), 0, 1, "j").body, "1 clip failed.");
}

#[test]
fn summaries() {
    let c = job("a", JobStatus::Completed);
    let f = job("b", JobStatus::Failed);
    assert_eq!(
        summary(&en(), &[c.clone(), c.clone(), c.clone()]).summary,
        "3 renders finished"
    );
    assert_eq!(
        summary(&en(), &[c.clone(), f.clone(), c.clone()]).summary,
        "2 finished, 1 failed"
    );
    assert_eq!(
        summary(&en(), &[f.clone(), f.clone()]).summary,
        "2 renders failed"
    );
    assert_eq!(summary(&en(), &[f, c]).focus, "b");
}

fn failed(id: &str, prompt: &str) -> Finished {
    let mut f = job(id, JobStatus::Failed);
    f.job.prompt = Some(prompt.into());
    f.job.error_message = Some("The provider rejected this prompt (content policy).".into());
    f.job.credits_refunded = Some(true);
    f
}

#[test]
fn a_failed_render_is_named_by_its_prompt() {
    let long = format!("{} and one last word", "A very long prompt ".repeat(10));
    let n = single(&en(), &failed("x", &long));
    let (first, rest) = n.body.split_once('\n').expect("a prompt line, then why");
    assert!(
        first.starts_with("A very long prompt A very long"),
        "{first}"
    );
    assert!(
        first.chars().count() <= 80 && first.ends_with('…'),
        "{first}"
    );
    assert_eq!(
        rest,
        "The provider rejected this prompt (content policy). Credits were refunded."
    );
}

#[test]
fn burst_lines_tell_prompts_with_a_long_shared_start_apart() {
    let start = "A slow dolly shot across a foggy harbour at dawn, gulls overhead, ";
    let burst = [
        failed("a", &format!("{start}ending on the lighthouse")),
        failed("b", &format!("{start}ending on a red fishing boat")),
    ];
    let n = summary(&en(), &burst);
    assert_eq!(n.summary, "2 renders failed");
    let lines: Vec<&str> = n.body.lines().collect();
    assert_eq!(lines.len(), 3, "{}", n.body);
    assert_eq!(
        lines[2], "The provider rejected this prompt (content policy). Credits were refunded.",
        "their one reason"
    );
    assert_ne!(lines[0], lines[1], "{}", n.body);
    assert!(lines[0].contains("the lighthouse"), "{}", n.body);
    assert!(lines[1].contains("a red fishing boat"), "{}", n.body);
    assert!(
        lines[..2].iter().all(|l| l.chars().count() <= 48),
        "{}",
        n.body
    );
}

#[test]
fn burst_lines_keep_short_prompts_whole_and_count_a_batch_once() {
    let mut a = job("a", JobStatus::Completed);
    a.job.prompt = Some("waves at night".into());
    let b = Finished {
        job: Job {
            id: "b".into(),
            ..a.job.clone()
        },
        ..a.clone()
    };
    let mut c = job("c", JobStatus::Completed);
    c.job.prompt = Some("waves at noon".into());
    let n = summary(&en(), &[a, b, c]);
    assert_eq!(n.summary, "3 renders finished");
    assert_eq!(n.body, "✓ waves at night (×2)\n✓ waves at noon");
}

#[test]
fn the_clip_length_is_the_engines_as_given() {
    let mut f = job("a", JobStatus::Completed);
    f.job.clip_seconds = Some(5.5);
    assert!(
        single(&en(), &f)
            .body
            .ends_with("Veo 3.1 Fast · 5.5 s clip"),
        "{}",
        single(&en(), &f).body
    );
}

#[test]
fn a_burst_says_why_its_renders_failed_when_it_is_one_reason() {
    let mut c = job("a", JobStatus::Completed);
    c.job.prompt = Some("Harbour at dawn".into());
    let mut f = failed("b", "Harbour at night");
    f.job.error_message = Some("Demo failure on purpose; credits refunded.".into());
    let n = summary(&en(), &[c.clone(), c.clone(), f.clone()]);
    assert_eq!(n.summary, "2 finished, 1 failed");
    assert_eq!(
        n.body,
        "✓ Harbour at dawn (×2)\n✗ Harbour at night\nDemo failure on purpose; credits refunded."
    );
    // Two different reasons: none is singled out.
    let mut g = failed("c", "Harbour at noon");
    g.job.error_message = Some("Rendering failed at the provider.".into());
    assert!(
        !summary(&en(), &[f, g]).body.contains("refunded."),
        "no one reason"
    );
}

#[test]
fn notes_speak_the_apps_language_with_its_plurals_and_decimals() {
    let de = Localizer::new("de");
    let c = job("a", JobStatus::Completed);
    let f = job("b", JobStatus::Failed);
    assert_eq!(
        summary(&de, &[c.clone(), c.clone()]).summary,
        "2 Renderings fertig"
    );
    assert_eq!(
        summary(&de, &[f.clone(), f.clone()]).summary,
        "2 Renderings fehlgeschlagen"
    );
    assert_eq!(
        summary(&de, &[c.clone(), f.clone()]).summary,
        "1 fertig, 1 fehlgeschlagen"
    );
    assert_eq!(queue_drained(&de, 1, 0, "j").body, "1 Clip fertig.");
    assert_eq!(queue_drained(&de, 2, 0, "j").body, "2 Clips fertig.");
    let mut half = c.clone();
    half.job.clip_seconds = Some(5.5);
    let n = single(&de, &half);
    assert_eq!(n.summary, "Rendern abgeschlossen");
    assert!(n.body.ends_with("Veo 3.1 Fast · Clip, 5,5 s"), "{}", n.body);
    assert_eq!(n.open, "Öffnen");
    let ja = Localizer::new("ja");
    let n = single(&ja, &c);
    assert_eq!(n.summary, "レンダリング完了");
    assert!(
        n.body.ends_with("Veo 3.1 Fast · 8 秒のクリップ"),
        "{}",
        n.body
    );
    assert_eq!(
        summary(&ja, &[c.clone(), c.clone()]).summary,
        "2 件のレンダリングが完了"
    );
    let mut failed = f.clone();
    failed.job.error_message = None;
    failed.job.credits_refunded = Some(true);
    assert!(single(&ja, &failed)
        .body
        .ends_with("レンダリングが完了しませんでした。クレジットは返金されました。"));
}

#[test]
fn the_pseudo_locale_reaches_every_word_but_not_the_prompt() {
    let xa = Localizer::new("en-XA");
    let n = single(&xa, &job("a", JobStatus::Completed));
    assert_eq!(n.summary, "[Řḗḗƞḓḗḗř ƒīīƞīīşħḗḗḓ]");
    assert!(n.body.starts_with("A red fox running"), "{}", n.body);
}
