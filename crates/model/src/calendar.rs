//! Calendar days and ages, as comparisons write them: the day evidence
//! was checked (`YYYY-MM-DD`), when a source was published (a day, a month
//! or a year), and how old evidence may be (`12mo`) in `versus check`.

use std::fmt;

use crate::problem::quoted;

/// A calendar day, written `YYYY-MM-DD`: a date the calendar has (no
/// 31 April, 29 February only in leap years).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(time::Date);

impl Day {
    /// Reads `YYYY-MM-DD` with a four-digit year, as the format writes days.
    pub fn parse(text: &str) -> Option<Day> {
        let (year, month, day) = match text.as_bytes() {
            [_, _, _, _, b'-', _, _, b'-', _, _] => (&text[..4], &text[5..7], &text[8..]),
            _ => return None,
        };
        Day::new(digits(year)?, digits(month)?, digits(day)?)
    }

    /// The day from its parts, if the calendar has it.
    pub fn new(year: u32, month: u32, day: u32) -> Option<Day> {
        let month = time::Month::try_from(u8::try_from(month).ok()?).ok()?;
        time::Date::from_calendar_date(i32::try_from(year).ok()?, month, u8::try_from(day).ok()?)
            .ok()
            .map(Day)
    }

    /// The day `days` after 1 January 1970, as a clock counts them in UTC
    /// (`SystemTime`, JavaScript's `Date.now()`); `None` far outside the calendar.
    pub fn from_unix_days(days: i64) -> Option<Day> {
        const JULIAN_DAY_OF_1970_01_01: i64 = 2_440_588;
        let julian = i32::try_from(days.checked_add(JULIAN_DAY_OF_1970_01_01)?).ok()?;
        time::Date::from_julian_day(julian).ok().map(Day)
    }

    /// The day in UTC of a JavaScript clock's milliseconds since 1970
    /// (`Date.now()`), for the editor and the command line on Node; `None`
    /// for a clock that is not a number or far outside the calendar.
    pub fn from_unix_millis(millis: f64) -> Option<Day> {
        let days = (millis / 86_400_000.0).floor();
        if !days.is_finite() || days.abs() > 1e9 {
            return None;
        }
        Day::from_unix_days(days as i64)
    }

    /// The year, such as 2026.
    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// The month, from 1 (January) to 12.
    pub fn month(self) -> u32 {
        u32::from(u8::from(self.0.month()))
    }

    /// The day of the month, from 1.
    pub fn day(self) -> u32 {
        u32::from(self.0.day())
    }

    /// The day `age` before this one; a month back from 31 March is the
    /// last day of February.
    pub fn minus(self, age: Age) -> Day {
        let date = self.0;
        match age {
            Age::Days(days) => Day(date
                .checked_sub(time::Duration::days(i64::from(days)))
                .unwrap_or(time::Date::MIN)),
            Age::Months(months) => {
                let total = date.year() * 12 + i32::from(u8::from(date.month()))
                    - 1
                    - i32::try_from(months).unwrap_or(i32::MAX / 2);
                let (year, month) = (total.div_euclid(12), total.rem_euclid(12) + 1);
                let Ok(month) = time::Month::try_from(month as u8) else {
                    return Day(time::Date::MIN);
                };
                let last = time::util::days_in_month(month, year);
                time::Date::from_calendar_date(year, month, date.day().min(last))
                    .map(Day)
                    .unwrap_or(Day(time::Date::MIN))
            }
        }
    }
}

impl fmt::Display for Day {
    /// `YYYY-MM-DD`, as the format writes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

/// When a source was published: a day, a month or only a year, as precise
/// as the source itself says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Published {
    /// `YYYY`.
    Year(u32),
    /// `YYYY-MM`.
    Month(u32, u32),
    /// `YYYY-MM-DD`.
    Day(Day),
}

impl Published {
    /// Reads `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub fn parse(text: &str) -> Option<Published> {
        match text.len() {
            4 => digits(text).map(Published::Year),
            7 if text.as_bytes()[4] == b'-' => {
                let (year, month) = (digits(&text[..4])?, digits(&text[5..])?);
                (1..=12)
                    .contains(&month)
                    .then_some(Published::Month(year, month))
            }
            _ => Day::parse(text).map(Published::Day),
        }
    }
}

/// Four or two ASCII digits as a number (no sign, no spaces).
fn digits(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// How long ago evidence may have been checked before an author's CI
/// reports it: `--max-age 12mo`, `90d`, `6w` or `1y`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Age {
    /// A number of days (`d`, or `w` for weeks of seven).
    Days(u32),
    /// A number of months (`mo`, or `y` for years of twelve).
    Months(u32),
}

impl fmt::Display for Age {
    /// In words, for messages: "12 months", "2 years", "90 days".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = |n: u32| if n == 1 { "" } else { "s" };
        match *self {
            Age::Months(n) if n % 12 == 0 => write!(f, "{} year{}", n / 12, plural(n / 12)),
            Age::Months(n) => write!(f, "{n} month{}", plural(n)),
            Age::Days(n) => write!(f, "{n} day{}", plural(n)),
        }
    }
}

impl Age {
    /// Reads an age such as `12mo`, `1y`, `6w` or `90d`; the error says
    /// what to write instead.
    pub fn parse(text: &str) -> Result<Age, String> {
        let split = text
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len());
        let (number, unit) = text.split_at(split);
        let number: Option<u32> = number.parse().ok().filter(|&n| n > 0 && n <= 1200);
        let age = match (number, unit) {
            (Some(n), "d") => Some(Age::Days(n)),
            (Some(n), "w") => Some(Age::Days(n * 7)),
            (Some(n), "mo") => Some(Age::Months(n)),
            (Some(n), "y") => Some(Age::Months(n * 12)),
            _ => None,
        };
        age.ok_or_else(|| {
            format!(
                "{} is not an age: write a whole number from 1 to 1200 and d (days), w (weeks), mo (months) or y (years), such as 12mo or 90d.",
                quoted(text)
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_calendar_days_written_one_way() {
        assert_eq!(
            Day::parse("2026-12-07").map(|d| d.to_string()).as_deref(),
            Some("2026-12-07")
        );
        assert!(Day::parse("2024-02-29").is_some());
        for bad in [
            "2025-02-29",
            "2026-04-31",
            "2026-13-01",
            "2026-00-10",
            "2026-1-07",
            "26-12-07",
            "2026/12/07",
            "2026-12-07T00:00",
            "",
            "２０２６-12-07",
            "+026-12-07",
        ] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn published_dates_may_be_a_year_or_a_month() {
        assert_eq!(Published::parse("2025"), Some(Published::Year(2025)));
        assert_eq!(Published::parse("2025-06"), Some(Published::Month(2025, 6)));
        assert!(matches!(
            Published::parse("2025-06-16"),
            Some(Published::Day(_))
        ));
        for bad in ["2025-13", "2025-6", "202", "June 2025", "2025-06-31"] {
            assert_eq!(Published::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn ages_read_as_authors_write_them() {
        assert_eq!(Age::parse("12mo"), Ok(Age::Months(12)));
        assert_eq!(Age::parse("1y"), Ok(Age::Months(12)));
        assert_eq!(Age::parse("6w"), Ok(Age::Days(42)));
        assert_eq!(Age::parse("90d"), Ok(Age::Days(90)));
        for bad in ["12", "mo", "0d", "12 mo", "-1y", "1.5y", "12m", "9999y"] {
            assert!(Age::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn clocks_count_days_from_1970() {
        assert_eq!(
            Day::from_unix_days(0).map(|d| d.to_string()).as_deref(),
            Some("1970-01-01")
        );
        assert_eq!(
            Day::from_unix_days(20_794)
                .map(|d| d.to_string())
                .as_deref(),
            Some("2026-12-07")
        );
        assert_eq!(Day::from_unix_days(i64::MAX), None);
        assert_eq!(
            Day::from_unix_millis(1_796_601_600_000.0)
                .map(|d| d.to_string())
                .as_deref(),
            Some("2026-12-07")
        );
        assert_eq!(Day::from_unix_millis(f64::NAN), None);
    }

    #[test]
    fn a_month_back_keeps_the_day_or_the_month_end() {
        let day = |text| Day::parse(text).unwrap();
        assert_eq!(day("2026-03-31").minus(Age::Months(1)), day("2026-02-28"));
        assert_eq!(day("2026-12-07").minus(Age::Months(12)), day("2025-12-07"));
        assert_eq!(day("2026-01-15").minus(Age::Months(13)), day("2024-12-15"));
        assert_eq!(day("2026-12-07").minus(Age::Days(7)), day("2026-11-30"));
    }
}
