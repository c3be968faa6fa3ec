import { Deployment, IDeployment, IStatefulSet, StatefulSet } from 'kubernetes-models/apps/v1';
import { IJob, Job } from 'kubernetes-models/batch/v1';
import { IPodDisruptionBudget, PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import {
  ConfigMap,
  IConfigMap,
  INamespace,
  ISecret,
  IService,
  Namespace,
  Secret,
  Service,
} from 'kubernetes-models/v1';
import { K8sDocument, K8sObject, findObject } from './deployment-files';

/** Schema validation of every kind the manifests use; a kind missing here fails the test. */
const MODELS: Record<string, (data: unknown) => { validate(): void }> = {
  'v1/Namespace': (data) => new Namespace(data as INamespace),
  'v1/ConfigMap': (data) => new ConfigMap(data as IConfigMap),
  'v1/Secret': (data) => new Secret(data as ISecret),
  'v1/Service': (data) => new Service(data as IService),
  'apps/v1/Deployment': (data) => new Deployment(data as IDeployment),
  'apps/v1/StatefulSet': (data) => new StatefulSet(data as IStatefulSet),
  'batch/v1/Job': (data) => new Job(data as IJob),
  'policy/v1/PodDisruptionBudget': (data) => new PodDisruptionBudget(data as IPodDisruptionBudget),
};

/** Throws when the object is not valid for its Kubernetes kind. */
export function validateKubernetesObject(object: K8sObject): void {
  const model = MODELS[`${object.apiVersion}/${object.kind}`];
  if (!model) throw new Error(`no schema for ${object.apiVersion} ${object.kind}: add its model`);
  model(object).validate();
}

export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    configMapKeyRef?: { name: string; key: string; optional?: boolean };
    secretKeyRef?: { name: string; key: string; optional?: boolean };
  };
}

export interface Probe {
  httpGet?: { path: string; port: string | number };
  exec?: { command: string[] };
}

export interface Container {
  name: string;
  image: string;
  ports?: Array<{ name?: string; containerPort: number }>;
  env?: EnvVar[];
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  startupProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: {
    allowPrivilegeEscalation?: boolean;
    readOnlyRootFilesystem?: boolean;
    capabilities?: { drop?: string[] };
  };
}

export interface PodSpec {
  containers: Container[];
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number };
}

export interface Workload extends K8sObject {
  spec: {
    replicas?: number;
    selector?: { matchLabels: Record<string, string> };
    template: { metadata: { labels: Record<string, string> }; spec: PodSpec };
  };
}

export interface ServiceObject extends K8sObject {
  spec: { selector: Record<string, string>; ports: Array<{ port: number; targetPort: string | number }> };
}

function stringMap(
  object: K8sObject | undefined,
  field: 'data' | 'stringData',
): Record<string, string | undefined> {
  const value = object?.[field];
  return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
}

/** The value a container sees for each variable, read from the ConfigMaps and Secrets it refers to. */
export function resolveEnvironment(container: Container, objects: K8sDocument[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const variable of container.env ?? []) {
    if (variable.value !== undefined) {
      env[variable.name] = variable.value;
      continue;
    }
    const configRef = variable.valueFrom?.configMapKeyRef;
    const secretRef = variable.valueFrom?.secretKeyRef;
    const ref = configRef ?? secretRef;
    if (!ref) throw new Error(`${variable.name} has neither a value nor a ConfigMap or Secret reference`);
    const source = findObject(objects, configRef ? 'ConfigMap' : 'Secret', ref.name);
    const value = stringMap(source, configRef ? 'data' : 'stringData')[ref.key];
    if (value === undefined) {
      if (ref.optional) continue;
      throw new Error(`${variable.name} refers to ${ref.name}/${ref.key}, which does not exist`);
    }
    env[variable.name] = value;
  }
  return env;
}

/** The container port a probe or Service refers to (by name or number). */
export function resolvePort(container: Container, port: string | number): number | undefined {
  if (typeof port === 'number')
    return container.ports?.some((p) => p.containerPort === port) ? port : undefined;
  return container.ports?.find((p) => p.name === port)?.containerPort;
}

/** Whether the Service's selector picks the workload's pods. */
export function selects(service: ServiceObject, workload: Workload): boolean {
  const labels = workload.spec.template.metadata.labels;
  return Object.entries(service.spec.selector).every(([key, value]) => labels[key] === value);
}
