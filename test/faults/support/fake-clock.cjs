// Preloaded (node --require) into the application processes of the fault suite: their clock is
// the real one plus an offset the test sets at start (FAULT_CLOCK_OFFSET_MS) and moves over IPC,
// so that 30 minutes of outage or 40 days pass in seconds. Nothing of this is in the application.
const RealDate = Date;
let offset = Number(process.env.FAULT_CLOCK_OFFSET_MS || 0);
class FaultDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offset);
    else super(...args);
  }
  static now() {
    return RealDate.now() + offset;
  }
}
globalThis.Date = FaultDate;
process.on('message', (message) => {
  if (message && typeof message.clockOffsetMs === 'number') offset = message.clockOffsetMs;
});
if (process.channel) process.channel.unref();
