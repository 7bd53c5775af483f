use super::*;
use crate::queue::import::tests::matrix;

fn text_prompt() -> GenerateParams {
    GenerateParams {
        model_slug: "kling_3_0".into(),
        prompt: "a lighthouse at dusk".into(),
        aspect_ratio: Some("16:9".into()),
        duration_seconds: Some(5),
        quality_mode: Some("pro".into()),
        count: 1,
        ..Default::default()
    }
}

/// Each offered model with every value it offers.
fn everything(offered: &[VariationModel]) -> Vec<VariationPick> {
    offered
        .iter()
        .filter(|m| m.unavailable.is_none())
        .map(|m| VariationPick {
            model_slug: m.slug.clone(),
            aspect_ratios: m.aspect_ratios.clone(),
            durations: m.durations.clone(),
            quality_modes: m.quality_modes.clone(),
        })
        .collect()
}

#[test]
fn a_text_prompt_is_offered_only_the_models_that_render_text_alone() {
    let m = matrix();
    let offered = variation_models(&text_prompt(), &m);
    let available: Vec<&str> = offered
        .iter()
        .filter(|o| o.unavailable.is_none())
        .map(|o| o.slug.as_str())
        .collect();
    for o in &offered {
        let spec = ulazai_sim::models::find(&o.slug).expect("a simulator model");
        let text_only = spec.min_input_images == 0 && spec.min_input_videos == 0;
        assert_eq!(
            o.unavailable.is_none(),
            text_only,
            "{}: {:?}",
            o.slug,
            o.unavailable
        );
    }
    assert!(available.contains(&"veo31_fast") && available.contains(&"kling_3_0"));
    let hailuo = offered.iter().find(|o| o.slug == "hailuo_2_3_i2v").unwrap();
    assert!(
        hailuo
            .unavailable
            .as_deref()
            .unwrap()
            .contains("input image"),
        "{:?}",
        hailuo.unavailable
    );
    // Each model offers its own values, and starts from the form's, fitted.
    let veo = offered.iter().find(|o| o.slug == "veo31_fast").unwrap();
    assert_eq!(veo.durations, vec![8]);
    assert_eq!(veo.start.durations, vec![8], "5 s is nearest to Veo's 8 s");
    assert!(veo.start.quality_modes.is_empty(), "Veo has no qualities");
    let grok = offered
        .iter()
        .find(|o| o.slug == "grok_imagine_video")
        .unwrap();
    assert_eq!(grok.start.durations, vec![6]);
}

#[test]
fn with_an_input_image_the_image_models_are_offered() {
    let m = matrix();
    let base = GenerateParams {
        input_image_urls: vec!["https://example.com/still.png".into()],
        ..text_prompt()
    };
    let offered = variation_models(&base, &m);
    let ok = |slug: &str| {
        offered
            .iter()
            .find(|o| o.slug == slug)
            .unwrap()
            .unavailable
            .is_none()
    };
    assert!(ok("hailuo_2_3_i2v") && ok("kling_3_0"));
    assert!(
        !ok("grok_imagine_video"),
        "text only: the image cannot be dropped silently"
    );
    let p = variations(&base, &everything(&offered), &m);
    assert!(p.problems.is_empty(), "{:#?}", p.problems);
    assert!(p
        .items
        .iter()
        .all(|i| i.entry.params.input_image_urls == base.input_image_urls));
}

/// The picker's every choice for every model that can render a text prompt: each
/// combination passes the engine's own validation against the simulator's matrix, and the
/// preview counts its clips and credits.
#[test]
fn every_combination_is_valid_by_construction() {
    let m = matrix();
    let base = GenerateParams {
        count: 2,
        ..text_prompt()
    };
    let offered = variation_models(&base, &m);
    let picks = everything(&offered);
    let p = variations(&base, &picks, &m);
    assert!(p.problems.is_empty(), "{:#?}", p.problems);
    let expected: usize = picks
        .iter()
        .map(|k| {
            k.aspect_ratios.len().max(1) * k.durations.len().max(1) * k.quality_modes.len().max(1)
        })
        .sum();
    assert_eq!(p.items.len(), expected);
    for it in &p.items {
        validate::validate(&it.entry.params, &m).unwrap_or_else(|e| panic!("{}: {e}", it.label));
        assert_eq!(it.entry.params.count, 2);
        assert!(!it.label.contains("nearest"), "{}", it.label);
    }
    assert_eq!(p.clips as usize, 2 * expected);
    let credits: u32 = p.items.iter().map(|i| i.credits.unwrap()).sum();
    assert_eq!(p.credits, Some(credits));
}

#[test]
fn a_value_the_model_lacks_becomes_its_nearest_and_the_label_says_so() {
    let m = matrix();
    let picks = vec![
        VariationPick {
            model_slug: "kling_3_0".into(),
            aspect_ratios: vec!["21:9".into(), "16:9".into()],
            durations: vec![8, 10],
            quality_modes: vec!["std".into()],
        },
        VariationPick {
            model_slug: "veo31_fast".into(),
            ..Default::default()
        },
    ];
    let p = variations(&text_prompt(), &picks, &m);
    assert!(p.problems.is_empty(), "{:#?}", p.problems);
    let labels: Vec<&str> = p.items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            // 21:9 is nearest 16:9, and 8 s nearest 10 s: no duplicate combinations.
            "Kling 3.0 · 16:9 · 10 s · Standard (nearest to 21:9, 8 s, which Kling 3.0 does not offer)",
            "Veo 3.1 Fast · 16:9 · 8 s",
        ]
    );
    // The shell words them in the window's language.
    let de = p.clone().localized(&ulazai_i18n::Localizer::new("de"));
    assert_eq!(
        de.items[0].label,
        "Kling 3.0 · 16:9 · 10 s · Standard (am nächsten an 21:9, 8 s, das Kling 3.0 nicht anbietet)"
    );
    let ja = p.clone().localized(&ulazai_i18n::Localizer::new("ja"));
    assert_eq!(ja.items[1].label, "Veo 3.1 Fast · 16:9 · 8 秒");
    for it in &p.items {
        validate::validate(&it.entry.params, &m).expect("valid");
    }
    assert_eq!(
        p.items[1].entry.source.as_deref(),
        Some("Variation: Veo 3.1 Fast · 16:9 · 8 s")
    );
}

#[test]
fn an_unknown_or_unable_model_is_reported_not_queued() {
    let m = matrix();
    let picks = vec![
        VariationPick {
            model_slug: "no_such_model".into(),
            ..Default::default()
        },
        VariationPick {
            model_slug: "wan_2_6_v2v".into(),
            ..Default::default()
        },
    ];
    let p = variations(&text_prompt(), &picks, &m);
    assert!(p.items.is_empty());
    let why: Vec<&str> = p.problems.iter().map(|x| x.message.as_str()).collect();
    assert!(why[0].contains("no_such_model"), "{why:?}");
    assert!(why[1].contains("input video"), "{why:?}");
}

#[test]
fn nearest_values() {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert_eq!(nearest_ratio("auto", &s(&["16:9", "Auto"])), "Auto");
    assert_eq!(nearest_ratio("Auto", &s(&["16:9", "9:16"])), "16:9");
    assert_eq!(nearest_ratio("4:5", &s(&["16:9", "9:16", "1:1"])), "1:1");
    assert_eq!(nearest_ratio("2:3", &s(&["16:9", "9:16"])), "9:16");
    assert_eq!(nearest_duration(8, &[5, 10]), 10);
    assert_eq!(nearest_duration(7, &[5, 10]), 5);
    assert_eq!(nearest_duration(12, &[]), 12);
    assert_eq!(
        nearest_quality("PRO", &s(&["std", "pro"])).as_deref(),
        Some("pro")
    );
    assert_eq!(
        nearest_quality("ultra", &s(&["std", "pro"])).as_deref(),
        Some("std")
    );
    assert_eq!(nearest_quality("pro", &[]), None);
}
