// Loads a Puskesmas-year's place in the cycle and shows its status bar, for those who read the year's
// inputs (the Puskesmas' staff and Dinkes; a viewer reads published results only).
import { getYearWorkflow } from '../../endpoints/workflow.ts';
import { can } from '../../lib/navigation.ts';
import { useUser } from '../../session/session.tsx';
import { ErrorText } from '../ErrorText.tsx';
import { useResource } from '../use-resource.ts';
import { StatusBar } from './StatusBar.tsx';

export function YearStatus(props: {
  code: string;
  year: number;
  districtName: string;
  /** Changed by a screen whose change decides which moves are open: the bar reads the year again. */
  version: number;
  onMoved(): void;
}) {
  const user = useUser();
  const readable = can(user.role, 'entries:read');
  const resource = useResource(
    (signal) => (readable ? getYearWorkflow(props.code, props.year, signal) : Promise.resolve(null)),
    `${props.code}/${props.year}/${readable}/${props.version}`,
  );
  if (resource.status === 'error') return <ErrorText error={resource.error} />;
  if (!resource.data) return null;
  return (
    <StatusBar
      view={resource.data}
      districtName={props.districtName}
      onStale={resource.reload}
      onMoved={() => {
        resource.reload();
        props.onMoved();
      }}
    />
  );
}
