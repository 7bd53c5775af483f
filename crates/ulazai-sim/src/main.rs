//! `ulazai-sim`: run the simulator as a standalone server.

use std::net::{IpAddr, SocketAddr};

use clap::Parser;
use ulazai_sim::{Faults, SimConfig, SimUser, DEMO_KEY};

/// A strict, local imitation of the UlazAI Video Studio API (no key, no network).
#[derive(Debug, Parser)]
#[command(name = "ulazai-sim", version, about, long_about = None)]
struct Args {
    /// Port to listen on (0 = any free port).
    #[arg(long, default_value_t = 8787)]
    port: u16,
    /// Address to bind (only this address is served).
    #[arg(long, default_value = "127.0.0.1")]
    host: IpAddr,
    /// Accepted Bearer key (repeatable). Default: the demo key.
    #[arg(long = "key", value_name = "KEY")]
    keys: Vec<String>,
    /// Sim seconds per real second (time scale).
    #[arg(long, default_value_t = 1.0)]
    speed: f64,
    /// Sim seconds a job stays pending.
    #[arg(long, default_value_t = 3.0)]
    pending_secs: f64,
    /// Override every model's processing time (sim seconds). Default: the model's typical range.
    #[arg(long)]
    render_secs: Option<f64>,
    /// Chance 0..=1 that a job fails (credits refunded).
    #[arg(long, default_value_t = 0.0)]
    failure_rate: f64,
    /// RNG seed (render times, failures, fault rolls).
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Starting credits per key.
    #[arg(long, default_value_t = 100_000)]
    credits: u64,
    /// Generate POSTs allowed per key per rate window.
    #[arg(long, default_value_t = 24)]
    generate_limit: u32,
    /// Length of the rate window in real seconds.
    #[arg(long, default_value_t = 3600.0)]
    rate_window_secs: f64,
    /// Fault: extra latency before every API-key request (ms).
    #[arg(long, default_value_t = 0)]
    latency_ms: u64,
    /// Fault: chance 0..=1 of a 500/502/503 on API-key requests.
    #[arg(long, default_value_t = 0.0)]
    error_rate: f64,
    /// Fault: chance 0..=1 that an API-key answer's connection is reset.
    #[arg(long, default_value_t = 0.0)]
    reset_rate: f64,
    /// Fault: chance 0..=1 of a truncated, non-JSON 200 body on API-key requests.
    #[arg(long, default_value_t = 0.0)]
    malformed_rate: f64,
    /// Serve each clip as long as its job's duration (built from the 2 s clips), not 2 s.
    #[arg(long)]
    full_length_clips: bool,
    /// Every Nth render fails as a demo failure, credits refunded (0 = never).
    #[arg(long, default_value_t = 0)]
    fail_every: u32,
    /// Save jobs, credits, folders and merges to this JSON file and restore them at start.
    #[arg(long, value_name = "PATH")]
    state_file: Option<std::path::PathBuf>,
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let args = Args::parse();
    let keys = if args.keys.is_empty() {
        vec![DEMO_KEY.to_string()]
    } else {
        args.keys.clone()
    };
    let config = SimConfig {
        users: vec![SimUser::new("demo", "demo", &keys[0])],
        keys,
        speed: args.speed,
        pending_secs: args.pending_secs,
        render_secs: args.render_secs,
        render_times: None,
        failure_rate: args.failure_rate,
        seed: args.seed,
        credits: args.credits,
        generate_limit_per_hour: args.generate_limit,
        rate_window_secs: args.rate_window_secs,
        faults: Faults {
            latency_ms: args.latency_ms,
            error_rate_5xx: args.error_rate,
            reset_rate: args.reset_rate,
            malformed_rate: args.malformed_rate,
            ..Faults::default()
        },
        state_path: args.state_file.clone(),
        full_length_clips: args.full_length_clips,
        fail_every: args.fail_every,
        // The standalone simulator keeps its control surface (tests and benchmarks use it).
        ..SimConfig::default()
    };
    let first_key = config.keys[0].clone();
    let sim = ulazai_sim::start(config, SocketAddr::new(args.host, args.port)).await?;
    let base = sim.base_url();
    println!("ulazai-sim listening on {base}");
    if let Some(path) = sim.state_path() {
        println!("State file: {}", path.display());
    }
    println!("API key: {first_key}   (browser sign-in: demo / demo at {base}/accounts/login/)");
    println!("Try:");
    println!(
        "  curl -H \"Authorization: Bearer {first_key}\" -H \"Content-Type: application/json\" \\\n    -d '{{\"model_slug\":\"grok_imagine_video\",\"prompt\":\"a red fox in snow\"}}' {base}/api/v1/video-studio/generate/"
    );
    println!("  curl -H \"Authorization: Bearer {first_key}\" {base}/api/v1/video-studio/status/<job_id>/");
    println!("Control: {base}/_sim/stats  {base}/_sim/jobs  {base}/_sim/faults   (Ctrl-C to stop)");
    tokio::signal::ctrl_c().await?;
    sim.shutdown();
    println!("ulazai-sim: stopped");
    Ok(())
}
