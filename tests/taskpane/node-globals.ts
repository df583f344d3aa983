/**
 * jsdom's test environment lacks Node's TextEncoder and TextDecoder, which the Excel adapter
 * (request sizes) and jsdom itself (the host's window for Microsoft's client library) use.
 * Imported first by the pane tests that run the real Excel port on the host.
 */
import { TextDecoder, TextEncoder } from "util";

Object.assign(globalThis, { TextEncoder, TextDecoder });
