// Imported untimed before a cold-import sample: see cold-import.mjs.
export {};
