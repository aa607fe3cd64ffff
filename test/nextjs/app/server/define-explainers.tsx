'use client';
// Defines the elements in the browser only (an effect never runs on the server), in a chunk of its own.
import { useEffect } from 'react';

export function DefineExplainers() {
  useEffect(() => {
    void import('study-explainers/define');
  }, []);
  return null;
}
