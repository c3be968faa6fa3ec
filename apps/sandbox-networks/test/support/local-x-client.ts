import { Agent } from 'node:http';
import { ITwitterApiClientPlugin, TwitterApi } from 'twitter-api-v2';

/**
 * twitter-api-v2 pointed at a local base URL: a plugin rewrites each request's origin (the library
 * always builds `https://api.x.com/...`) and a plain HTTP agent lets its `https.request` speak HTTP.
 */
export function localXClient(baseUrl: string, token: string | { clientId: string }): TwitterApi {
  const target = new URL(baseUrl);
  const plugin: ITwitterApiClientPlugin = {
    onBeforeRequest({ computedParams }) {
      computedParams.url.protocol = target.protocol;
      computedParams.url.host = target.host;
    },
  };
  const settings = { plugins: [plugin], httpAgent: new Agent({ keepAlive: true }) };
  return typeof token === 'string' ? new TwitterApi(token, settings) : new TwitterApi(token, settings);
}
