//! A creator's marks on clips: pick / reject and 1 to 5 stars, on several clips at once.

use ulazai_engine::model::Job;
use ulazai_engine::store::curation::{FlagMark, Marks};

use super::command;

command! {
    /// Set the flag (`pick`, `reject`, `unflagged`) and/or the stars (1 to 5; 0 clears
    /// them) of the clips `ids`, all or none; a part left out stays as it is on each clip.
    /// Answers the clips as they are now (each changed one also arrives as an event).
    pub async fn set_clip_marks(engine: CurrentEngine; ids: Vec<String>, flag: Option<FlagMark>, rating: Option<u32>) -> Vec<Job> {
        let marks = Marks::new(flag, rating)?;
        Ok(engine.get().await?.curation().set_marks(&ids, marks)?)
    }
}
