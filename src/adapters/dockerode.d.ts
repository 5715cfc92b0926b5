// dockerode ships no types of its own; docker-api.ts describes the calls it makes (RawDocker).
declare module 'dockerode' {
  const Docker: new (options?: object) => unknown;
  export default Docker;
}
