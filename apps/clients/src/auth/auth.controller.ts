import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import {
  AuthResult,
  ClientsSubjects,
  Envelope,
  RefreshPayload,
  SignInPayload,
  SignOutPayload,
  SignUpPayload,
} from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { SessionsService } from './sessions.service';
import { SignInService } from './sign-in.service';
import { SignUpService } from './sign-up.service';

/** Signing up, in and out, and refreshing sessions: reached before the caller is signed in. */
@Controller()
export class AuthController {
  constructor(
    private readonly signUps: SignUpService,
    private readonly signIns: SignInService,
    private readonly sessions: SessionsService,
  ) {}

  @MessagePattern(ClientsSubjects.auth.signUp)
  signUp(@Env() envelope: Envelope, @Data(SignUpPayload) payload: SignUpPayload): Promise<AuthResult> {
    return this.signUps.signUp(payload, envelope);
  }

  @MessagePattern(ClientsSubjects.auth.signIn)
  signIn(@Data(SignInPayload) payload: SignInPayload): Promise<AuthResult> {
    return this.signIns.signIn(payload);
  }

  @MessagePattern(ClientsSubjects.auth.refresh)
  refresh(@Data(RefreshPayload) payload: RefreshPayload): Promise<AuthResult> {
    return this.sessions.refresh(payload);
  }

  @MessagePattern(ClientsSubjects.auth.signOut)
  signOut(@Data(SignOutPayload) payload: SignOutPayload): Promise<boolean> {
    return this.sessions.signOut(payload);
  }
}
