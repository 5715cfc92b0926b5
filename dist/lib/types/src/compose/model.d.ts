export interface ComposePort {
    mode?: string;
    host_ip?: string;
    target: number;
    /** Host port or range as a string ("5434", "6000-6002"); absent for an ephemeral port. */
    published?: string;
    protocol?: string;
}
export interface ComposeVolumeMount {
    type: 'volume' | 'bind' | 'tmpfs' | 'npipe' | 'cluster' | string;
    source?: string;
    target: string;
    read_only?: boolean;
    tmpfs?: {
        size?: string | number;
        mode?: number;
    };
}
export interface ComposeHealthcheck {
    test?: string[] | string;
    interval?: string;
    timeout?: string;
    retries?: number;
    start_period?: string;
    start_interval?: string;
    disable?: boolean;
}
export interface ComposeService {
    image?: string;
    build?: unknown;
    container_name?: string;
    command?: string[] | string | null;
    entrypoint?: string[] | string | null;
    environment?: Record<string, string | null>;
    mem_limit?: string | number;
    mem_reservation?: string | number;
    memswap_limit?: string | number;
    cpus?: string | number;
    deploy?: {
        replicas?: number;
        resources?: {
            limits?: {
                memory?: string | number;
                cpus?: string | number;
                pids?: number;
            };
            reservations?: {
                memory?: string | number;
                cpus?: string | number;
            };
        };
    };
    ports?: ComposePort[];
    tmpfs?: string[] | string;
    volumes?: ComposeVolumeMount[];
    healthcheck?: ComposeHealthcheck;
    depends_on?: Record<string, {
        condition?: string;
        required?: boolean;
        restart?: boolean;
    }>;
    restart?: string;
    privileged?: boolean;
    network_mode?: string;
    pid?: string;
    ipc?: string;
    userns_mode?: string;
    cap_add?: string[];
    labels?: Record<string, string>;
    profiles?: string[];
    scale?: number;
    shm_size?: string | number;
    cpu_count?: number;
    /** always, never, missing (if_not_present), build, daily, weekly, every_<duration>. */
    pull_policy?: string;
    [key: string]: unknown;
}
export interface ComposeModel {
    name: string;
    services: Record<string, ComposeService>;
    networks?: Record<string, {
        name?: string;
        external?: boolean;
        labels?: Record<string, string>;
    } | null>;
    volumes?: Record<string, {
        name?: string;
        external?: boolean;
        labels?: Record<string, string>;
    } | null>;
    [key: string]: unknown;
}
/** A service Compose builds (it has a `build:` section); its image comes from the build, not a registry. */
export declare function isBuilt(service: ComposeService): boolean;
