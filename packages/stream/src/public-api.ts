// What both entries export besides createUserDataStream.
export { ListenTokenError, MalformedFrameError, StreamConfigError, StreamConnectionError, WsApiError } from "./stream-errors.js";
export type {
  ErrorMessage,
  EventMessage,
  GapMessage,
  GapReason,
  KnownEventMessage,
  MalformedMessage,
  ReconnectOptions,
  StreamAccount,
  StreamMessage,
  SubscribedMessage,
  UnknownEventMessage,
  UserDataStream,
  UserDataStreamOptions,
  WebSocketConstructor,
  WebSocketLike,
} from "./stream-types.js";
