/** The resource a finding is about: ARN or ARM id, dotted type, display name. */
export interface FindingResource {
  id: string;
  type: string;
  name: string;
}
