// Takes one feature away, as an older browser lacks it (see older.html).
const missing = new URLSearchParams(location.search).get('missing');
if (missing === 'light-dark') {
  // Safari before 17.5: CSS light-dark() is unknown.
  const supports = CSS.supports.bind(CSS);
  CSS.supports = (...args) => (args.join(' ').includes('light-dark') ? false : supports(...args));
}
if (missing === 'wasm') {
  // An engine without one of the WebAssembly features the build uses: it
  // refuses to compile the module, as Safari 14 does for reference types.
  const refuse = async () => {
    throw new WebAssembly.CompileError('WebAssembly.Module doesn\'t parse at byte 12: invalid opcode 0xd2');
  };
  WebAssembly.compileStreaming = refuse;
  WebAssembly.compile = refuse;
}
