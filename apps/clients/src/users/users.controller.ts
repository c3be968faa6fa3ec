import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import {
  ChangePasswordPayload,
  ClientsSubjects,
  Envelope,
  MeView,
  UpdateProfilePayload,
  UserView,
} from '@relais/contracts';
import { Data, Env } from '@relais/server-nats';
import { actorFrom } from '@relais/server-database';
import { UsersService } from './users.service';

@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @MessagePattern(ClientsSubjects.user.me)
  me(@Env() envelope: Envelope): Promise<MeView> {
    return this.users.me(actorFrom(envelope));
  }

  @MessagePattern(ClientsSubjects.user.updateProfile)
  updateProfile(
    @Env() envelope: Envelope,
    @Data(UpdateProfilePayload) payload: UpdateProfilePayload,
  ): Promise<UserView> {
    return this.users.updateProfile(actorFrom(envelope), payload);
  }

  @MessagePattern(ClientsSubjects.user.changePassword)
  changePassword(
    @Env() envelope: Envelope,
    @Data(ChangePasswordPayload) payload: ChangePasswordPayload,
  ): Promise<boolean> {
    return this.users.changePassword(actorFrom(envelope), payload);
  }
}
