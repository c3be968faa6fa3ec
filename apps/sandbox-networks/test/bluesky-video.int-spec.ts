import { AppBskyVideoDefs, AtpAgent } from '@atproto/api';
import { SandboxAccountCredentials, SandboxNetworks, startSandboxNetworks } from '@relais/server-testing';
import { mp4Bytes, pngBytes } from './support/media-files';

/** The video service beside the emulated PDS, called as `@atproto/api` calls `video.bsky.app`. */
describe('sandbox Bluesky video service', () => {
  let sandbox: SandboxNetworks;
  let account: SandboxAccountCredentials;

  beforeAll(async () => {
    sandbox = await startSandboxNetworks();
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  beforeEach(async () => {
    await sandbox.client.reset();
    await sandbox.client.setMediaProcessing(300, 'bluesky');
    account = await sandbox.client.provisionAccount({
      network: 'bluesky',
      handle: 'acme',
      appPassword: 'abcd-efgh-ijkl-mnop',
    });
  });

  const serviceDid = () => `did:web:${new URL(account.instanceUrl ?? '').host.replace(':', '%3A')}`;

  async function loggedIn(): Promise<AtpAgent> {
    const agent = new AtpAgent({ service: account.instanceUrl ?? '' });
    await agent.login({ identifier: 'acme.sandbox.test', password: 'abcd-efgh-ijkl-mnop' });
    return agent;
  }

  async function serviceToken(agent: AtpAgent, lxm: string, aud = serviceDid()): Promise<string> {
    const exp = Math.floor(Date.now() / 1000) + 30 * 60;
    return (await agent.com.atproto.server.getServiceAuth({ aud, lxm, exp })).data.token;
  }

  const videoService = () => new AtpAgent({ service: account.instanceUrl ?? '' });
  const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

  async function failure(promise: Promise<unknown>): Promise<{ status: number; error: string }> {
    return promise.then(
      () => {
        throw new Error('expected the call to fail');
      },
      (error: { status: number; error: string }) => error,
    );
  }

  async function finished(jobId: string): Promise<AppBskyVideoDefs.JobStatus> {
    for (let i = 0; i < 50; i++) {
      const { jobStatus } = (await videoService().app.bsky.video.getJobStatus({ jobId })).data;
      if (jobStatus.state === 'JOB_STATE_COMPLETED' || jobStatus.state === 'JOB_STATE_FAILED')
        return jobStatus;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the job did not finish');
  }

  it('answers the upload limits to a service token for the video service', async () => {
    const agent = await loggedIn();
    const token = await serviceToken(agent, 'app.bsky.video.getUploadLimits');
    const limits = await videoService().app.bsky.video.getUploadLimits({}, bearer(token));
    expect(limits.data).toEqual({
      canUpload: true,
      remainingDailyVideos: 25,
      remainingDailyBytes: 10 * 1024 * 1024 * 1024,
    });
    // A token for another method is refused, as every service refuses it.
    const other = await serviceToken(agent, 'com.atproto.repo.uploadBlob');
    expect(await failure(videoService().app.bsky.video.getUploadLimits({}, bearer(other)))).toMatchObject({
      status: 401,
      error: 'BadJwtLexiconMethod',
    });
  });

  it('processes an uploaded video for a while, then hands the blob a post embeds', async () => {
    const agent = await loggedIn();
    const token = await serviceToken(agent, 'com.atproto.repo.uploadBlob');
    const upload = await videoService().app.bsky.video.uploadVideo(new Uint8Array(mp4Bytes(6000)), {
      encoding: 'video/mp4',
      ...bearer(token),
    });
    expect(upload.data.jobStatus).toMatchObject({ did: account.externalId, state: 'JOB_STATE_ENCODING' });
    const status = await finished(upload.data.jobStatus.jobId);
    expect(status).toMatchObject({ state: 'JOB_STATE_COMPLETED', progress: 100 });
    expect(status.blob).toMatchObject({ mimeType: 'video/mp4', size: 6000 });
    const { uri } = await agent.post({
      text: 'Le four',
      embed: {
        $type: 'app.bsky.embed.video',
        video: status.blob,
        alt: 'Le four à bois',
        aspectRatio: { width: 16, height: 9 },
      },
    });
    expect(uri).toMatch(/^at:\/\//);
    const received = await sandbox.client.posts({ network: 'bluesky' });
    expect(received.posts[0].media).toEqual([
      expect.objectContaining({ type: 'video', mimeType: 'video/mp4', size: 6000, alt: 'Le four à bois' }),
    ]);
    const limits = await videoService().app.bsky.video.getUploadLimits(
      {},
      bearer(await serviceToken(agent, 'app.bsky.video.getUploadLimits')),
    );
    expect(limits.data.remainingDailyVideos).toBe(24);
  });

  it('answers the same video again with its job, and fails the job of a file that is no video', async () => {
    const agent = await loggedIn();
    const token = await serviceToken(agent, 'com.atproto.repo.uploadBlob');
    const url = `${account.instanceUrl}/xrpc/app.bsky.video.uploadVideo?did=${account.externalId}&name=four.mp4`;
    const send = (bytes: Buffer) =>
      fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'video/mp4' },
        body: new Uint8Array(bytes),
      });
    const first = (await (await send(mp4Bytes(5000))).json()) as { jobStatus: { jobId: string } };
    const again = await send(mp4Bytes(5000));
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: 'already_exists', jobId: first.jobStatus.jobId });

    const picture = (await (await send(pngBytes(3000))).json()) as { jobStatus: { jobId: string } };
    expect(await finished(picture.jobStatus.jobId)).toMatchObject({
      state: 'JOB_STATE_FAILED',
      error: 'Unsupported video format',
    });
  });

  it('takes uploads only with a token for the PDS’s uploadBlob, and no token beyond an hour', async () => {
    const agent = await loggedIn();
    const wrongAudience = await serviceToken(agent, 'com.atproto.repo.uploadBlob', 'did:web:elsewhere.test');
    expect(
      await failure(
        videoService().app.bsky.video.uploadVideo(new Uint8Array(mp4Bytes()), {
          encoding: 'video/mp4',
          ...bearer(wrongAudience),
        }),
      ),
    ).toMatchObject({ status: 401, error: 'BadJwtAudience' });
    expect(
      await failure(
        agent.com.atproto.server.getServiceAuth({
          aud: serviceDid(),
          lxm: 'com.atproto.repo.uploadBlob',
          exp: Math.floor(Date.now() / 1000) + 2 * 3600,
        }),
      ),
    ).toMatchObject({ status: 400, error: 'BadExpiration' });
  });
});
