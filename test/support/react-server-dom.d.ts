declare module 'next/dist/compiled/react-server-dom-turbopack/client.node.js' {
  export function encodeReply(value: unknown): Promise<string | FormData>;
}
