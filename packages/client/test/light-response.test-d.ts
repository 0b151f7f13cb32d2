// The Node entry hands back LightResponses where the types promise a Response:
// they must be usable wherever a Response is expected.
import { expectTypeOf, test } from "vitest";
import type { LightHeaders } from "../src/light-headers.js";
import { LightResponse } from "../src/light-response.js";

test("a LightResponse is assignable where a Response is expected, its headers where Headers are", () => {
  expectTypeOf<LightResponse>().toMatchTypeOf<Response>();
  expectTypeOf<LightHeaders>().toMatchTypeOf<Headers>();
  const takesResponse = (response: Response) => response.status;
  takesResponse(new LightResponse("http://127.0.0.1:9/", 200, "OK", [], null));
  const response: Response = new LightResponse("http://127.0.0.1:9/", 200, "OK", [], null);
  expectTypeOf(response.clone()).toEqualTypeOf<Response>();
});
