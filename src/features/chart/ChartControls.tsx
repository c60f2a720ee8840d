import { useId, type ReactNode } from 'react';
import type { Measure } from '../../data/schema';
import type { ChartFigures, ChartMode, ChartScale } from '../../state/store';

interface ChartControlsProps {
  measures: readonly Measure[];
  measureId: string;
  mode: ChartMode;
  scale: ChartScale;
  shareAvailable: boolean;
  /** How event figures are drawn; null when the measure has none. */
  figures: 'latest' | 'tally' | null;
  onMeasure: (id: string) => void;
  onMode: (mode: ChartMode) => void;
  onScale: (scale: ChartScale) => void;
  onFigures: (figures: ChartFigures) => void;
  /** Opens the analyst's range editor; null where judgements cannot be kept. */
  onEditRange: (() => void) | null;
  hasRange: boolean;
  /** The Export menu, first in the toolbar. */
  children?: ReactNode;
}

function Choice<T extends string>(props: {
  legend: string;
  value: T;
  options: readonly { value: T; label: string; disabled?: boolean }[];
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset className="chart-controls__group">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value} className={o.disabled ? 'is-disabled' : undefined}>
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={props.value === o.value}
            disabled={o.disabled}
            onChange={() => props.onChange(o.value)}
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** The chart's toolbar: measure, view, scale, how event figures are drawn, and the analyst's own range. */
export function ChartControls(props: ChartControlsProps) {
  const selectId = useId();
  return (
    <div className="chart-controls">
      {props.children}
      <div className="chart-controls__group">
        <label htmlFor={selectId}>Measure</label>{' '}
        <select id={selectId} value={props.measureId} onChange={(e) => props.onMeasure(e.target.value)}>
          {props.measures.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </div>
      <Choice
        legend="View"
        value={props.mode}
        options={[
          { value: 'disparity', label: 'Disparity' },
          { value: 'over-time', label: 'Over time' },
        ]}
        onChange={props.onMode}
      />
      <Choice
        legend="Scale"
        value={props.shareAvailable ? props.scale : 'absolute'}
        options={[
          { value: 'absolute', label: 'Numbers' },
          { value: 'share', label: 'Share of deployed force', disabled: !props.shareAvailable },
        ]}
        onChange={props.onScale}
      />
      {props.figures && (
        <Choice
          legend="Event figures"
          value={props.figures}
          options={[
            { value: 'latest', label: 'Each source’s latest' },
            { value: 'tally', label: 'Tally per source' },
          ]}
          onChange={props.onFigures}
        />
      )}
      {props.onEditRange && (
        <button type="button" className="chart-controls__range" onClick={props.onEditRange}>
          {props.hasRange ? 'Edit my assessed range…' : 'Add my assessed range…'}
        </button>
      )}
    </div>
  );
}
