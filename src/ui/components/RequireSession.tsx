// Lets signed-in users through; sends others to sign-in (and back afterwards), and an account with a
// temporary password to the password form first.
import { Navigate, Outlet, useLocation } from 'react-router';
import { paths } from '../lib/navigation.ts';
import { useSession } from '../session/session.tsx';
import { Loading } from './Loading.tsx';

export function RequireSession() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'checking') return <Loading />;
  if (state.status === 'signedOut') {
    const from = state.reason === 'signedOut' ? undefined : { from: location.pathname + location.search };
    return <Navigate to={paths.login} replace state={from} />;
  }
  if (state.user.mustChangePassword && location.pathname !== paths.password) {
    return <Navigate to={paths.password} replace />;
  }
  return <Outlet />;
}
