import { Logger } from '@nestjs/common';

// Framework chatter (module wiring, migrations) stays out of test output; warnings and errors remain.
Logger.overrideLogger(['error', 'warn']);
