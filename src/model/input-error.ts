/** Bad input a person can fix (a flag, a file, a pattern): the CLI prints its message and exits 2. */
export class InputError extends Error {
  override name = "InputError";
}
