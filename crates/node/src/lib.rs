//! `npx versus-card check | render | schema` on Node: `versus_cli::run`
//! compiled to wasm, with the files and streams of the package's
//! `cli/versus-card.mjs` and the JavaScript engine (Node's `URL`, `Intl` and
//! regular expressions) as the model's platform, as the card uses the
//! browser's. No native binary, no second implementation.

#[cfg(target_arch = "wasm32")]
mod node {
    use wasm_bindgen::prelude::*;

    /// The files and streams the JavaScript side lends: `read(file)` returns
    /// the text or throws a message; what is written is collected.
    struct Lent<'a> {
        read: &'a js_sys::Function,
        stdout: String,
        stderr: String,
    }

    impl versus_cli::Io for Lent<'_> {
        fn read(&mut self, file: &str) -> Result<String, String> {
            match self.read.call1(&JsValue::NULL, &JsValue::from_str(file)) {
                Ok(text) => text
                    .as_string()
                    .ok_or_else(|| format!("{file}: cannot read it: not text")),
                Err(error) => Err(error
                    .as_string()
                    .unwrap_or_else(|| format!("{file}: cannot read it"))),
            }
        }

        fn out(&mut self, text: &str) {
            self.stdout.push_str(text);
        }

        fn err(&mut self, text: &str) {
            self.stderr.push_str(text);
        }

        fn today(&self) -> Option<versus_model::calendar::Day> {
            versus_model::calendar::Day::from_unix_millis(js_sys::Date::now())
        }
    }

    /// What a run printed and its exit status.
    #[wasm_bindgen]
    pub struct Outcome {
        stdout: String,
        stderr: String,
        /// The exit status.
        pub code: u8,
    }

    #[wasm_bindgen]
    impl Outcome {
        /// What went to standard output.
        #[wasm_bindgen(getter)]
        pub fn stdout(&self) -> String {
            self.stdout.clone()
        }

        /// What went to standard error.
        #[wasm_bindgen(getter)]
        pub fn stderr(&self) -> String {
            self.stderr.clone()
        }
    }

    /// Runs the command line on `args` (the program's name first); `read`
    /// gives a file's text (`-`: standard input) or throws why not.
    #[wasm_bindgen]
    pub fn run(args: Vec<String>, read: &js_sys::Function) -> Outcome {
        let mut io = Lent {
            read,
            stdout: String::new(),
            stderr: String::new(),
        };
        let code = versus_cli::run(&args, &mut io, &versus_js::JsEngine);
        Outcome {
            stdout: io.stdout,
            stderr: io.stderr,
            code,
        }
    }
}
