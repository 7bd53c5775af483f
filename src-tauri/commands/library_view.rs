//! How the library is seen: what its clips cost (today, this week, per folder: the engine
//! computes it over the library, in this computer's time zone, weeks beginning on Monday
//! as ISO 8601 has them), and the grid's sort order per place, remembered across restarts
//! in `settings.json` (a view preference, like the theme; kept apart from the settings
//! form's fields, which it saves whole).

use std::collections::BTreeMap;
use ulazai_engine::Text;

use ulazai_engine::spending::Spending;

use super::{command, CommandError};

/// Places remembered before those of folders no longer there are forgotten.
const MAX_PLACES: usize = 500;

command! {
    /// Credits spent today, this week and per folder, refunds taken off; `day_ends_at` is
    /// when "today" rolls over.
    pub async fn get_spending(engine: CurrentEngine) -> Spending {
        Ok(engine.get().await?.spending(&chrono::Local::now(), chrono::Weekday::Mon))
    }
}

command! {
    /// The grid's sort order per place (`all`, `unfiled`, `folder:<id>`), as last chosen.
    pub async fn get_sort_orders(settings: SettingsService) -> BTreeMap<String, String> {
        Ok(settings.sort_orders())
    }
}

command! {
    /// Remember the sort order of one place (`all`, `unfiled`, `folder:<id>`); the order
    /// is the UI's name for it (`newest`, `storyboard`…). Answers every place's order.
    pub async fn set_sort_order(
        settings: SettingsService, engine: CurrentEngine;
        place: String,
        order: String,
    ) -> BTreeMap<String, String> {
        check(&place, &order)?;
        let crowded = settings.sort_orders().len() >= MAX_PLACES;
        let folders: Vec<String> = if crowded {
            engine.get().await?.folders().list().into_iter().map(|f| f.id).collect()
        } else {
            Vec::new()
        };
        let keep = |p: &str| match p.strip_prefix("folder:") {
            Some(id) => !crowded || p == place || folders.iter().any(|f| f == id),
            None => true,
        };
        Ok(settings.set_sort_order(&place, &order, keep)?)
    }
}

/// A place is `all`, `unfiled` or `folder:` and a folder id; an order is a name of up
/// to 32 lowercase letters and underscores.
fn check(place: &str, order: &str) -> Result<(), CommandError> {
    let place_ok = match place.strip_prefix("folder:") {
        Some(id) => !id.is_empty() && id.len() <= 100 && !id.chars().any(char::is_control),
        None => place == "all" || place == "unfiled",
    };
    if !place_ok {
        return Err(CommandError::refused(Text::new("errors-sort-place")));
    }
    let order_ok = (1..=32).contains(&order.len())
        && order.chars().all(|c| c.is_ascii_lowercase() || c == '_');
    if !order_ok {
        return Err(CommandError::refused(Text::new("errors-sort-order")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn places_and_orders_have_one_shape() {
        for (place, order) in [
            ("all", "newest"),
            ("unfiled", "storyboard"),
            ("folder:f-123", "length"),
        ] {
            assert!(check(place, order).is_ok(), "{place} {order}");
        }
        for (place, order) in [
            ("everything", "newest"),
            ("folder:", "newest"),
            ("folder:a\nb", "newest"),
            ("all", ""),
            ("all", "Newest"),
            ("all", "newest; rm"),
            ("all", &"x".repeat(33)),
        ] {
            assert!(check(place, order).is_err(), "{place:?} {order:?}");
        }
    }
}
