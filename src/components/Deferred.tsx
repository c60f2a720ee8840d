import './deferred.css';
import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What is loaded, in words that finish "Loading …" and "… could not be loaded": "the editing tools". */
  what: string;
  children: ReactNode;
}
interface State {
  error: Error | null;
}

/**
 * A part of the page whose code is loaded when it is first needed (a `React.lazy` component inside): while
 * the code loads it says so, and if the code cannot be loaded (the server went away, a new build replaced
 * the files) it says what could not be loaded, leaving the rest of the page working.
 */
export function Deferred({ what, children }: Props) {
  return (
    <LoadBoundary what={what}>
      <Suspense
        fallback={
          <p role="status" className="deferred-status">
            Loading {what}…
          </p>
        }
      >
        {children}
      </Suspense>
    </LoadBoundary>
  );
}

class LoadBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`Loading ${this.props.what} failed`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <div role="alert" className="deferred-error">
          <p>
            <strong>
              {capitalise(this.props.what)} could not be loaded: {this.state.error.message}
            </strong>{' '}
            Reload the page to try again; nothing on it was lost.
          </p>
        </div>
      );
    }
    return this.props.children;
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
