/** jest's jsdom environment lacks TextEncoder and TextDecoder, which browsers (and Node) have. */
import { TextDecoder, TextEncoder } from "node:util";

Object.assign(globalThis, { TextEncoder, TextDecoder });
