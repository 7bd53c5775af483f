// One shared clock for elapsed times and countdowns; ticks once a second while anything
// on screen needs it (cards of active jobs, backing-off banner).
class Clock {
  now = $state(Date.now());
  #users = 0;
  #timer: ReturnType<typeof setInterval> | null = null;

  /** Register a user; returns the release function. Use inside $effect. */
  use(): () => void {
    this.#users++;
    if (this.#timer === null) {
      this.now = Date.now();
      this.#timer = setInterval(() => (this.now = Date.now()), 1000);
    }
    return () => {
      this.#users--;
      if (this.#users === 0 && this.#timer !== null) {
        clearInterval(this.#timer);
        this.#timer = null;
      }
    };
  }
}

export const clock = new Clock();
