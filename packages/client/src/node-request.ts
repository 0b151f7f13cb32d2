import { LightHeaders } from "./light-headers.js";
import { LightRequest } from "./light-request.js";

/**
 * The Node entry's LightRequest: the same request, carrying LightHeaders
 * instead of the platform's `Headers`, so that a signed call over node:http
 * never loads undici (see light-headers.ts).
 */
export class NodeRequest extends LightRequest {
  static override get Headers(): typeof Headers {
    return LightHeaders as unknown as typeof Headers;
  }
}
