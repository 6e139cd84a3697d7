//! The native [`Platform`]: the url crate for links, ICU4X's compiled CLDR
//! data for number symbols, unicode-properties for general categories and
//! csscolorparser for colours,
//! for the command line, the tests and anything else that validates outside
//! a browser (the `native` feature). In the browser the card asks the
//! browser instead (`versus_js::JsEngine`, crates/js).

use crate::platform::{Platform, UrlParts};

/// Parses links with the url crate and reads number symbols from ICU4X.
#[derive(Clone, Copy, Debug, Default)]
pub struct Native;

impl Platform for Native {
    fn url_parts(&self, text: &str) -> Option<UrlParts> {
        let url = url::Url::parse(text).ok()?;
        Some(UrlParts {
            scheme: url.scheme().to_string(),
            host: url.host_str().unwrap_or_default().to_string(),
            has_credentials: !url.username().is_empty() || url.password().is_some(),
        })
    }

    fn decimal_separator(&self, language: &str) -> Option<String> {
        use icu_decimal::input::Decimal;
        use icu_decimal::DecimalFormatter;
        // Latin digits, as the card writes them: `-u-nu-latn`.
        let locale: icu_locale_core::Locale = format!("{language}-u-nu-latn").parse().ok()?;
        let formatter = DecimalFormatter::try_new(locale.into(), Default::default()).ok()?;
        let mut one_and_a_half = Decimal::from(15);
        one_and_a_half.multiply_pow10(-1);
        let written = formatter.format(&one_and_a_half).to_string();
        let separator = written.strip_prefix('1')?.strip_suffix('5')?;
        (!separator.is_empty()).then(|| separator.to_string())
    }

    fn has_visible_character(&self, text: &str) -> bool {
        use unicode_properties::{GeneralCategoryGroup, UnicodeGeneralCategory};
        text.chars().any(|c| {
            !c.is_whitespace()
                && !matches!(
                    c.general_category_group(),
                    GeneralCategoryGroup::Mark | GeneralCategoryGroup::Other
                )
        })
    }

    fn colour_hex(&self, text: &str) -> Option<String> {
        crate::colour::css_colour_hex(text)
    }
}

/// [`crate::parse_comparison`] on the native platform.
pub fn parse_comparison(json: &str) -> Result<crate::Comparison, Vec<crate::Problem>> {
    crate::parse_comparison(json, &Native)
}

/// [`crate::validate`] on the native platform.
pub fn validate(spec: &crate::Spec) -> Result<crate::Comparison, Vec<crate::Problem>> {
    crate::validate(spec, &Native)
}
